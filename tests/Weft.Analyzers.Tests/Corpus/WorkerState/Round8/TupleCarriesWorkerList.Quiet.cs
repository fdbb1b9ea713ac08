// Twin: the tuple carries a count and an attempt number (values).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.TupleCarriesWorkerListQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    public readonly List<string> Pending = new();
}

public static class Sender
{
    public static Task<int> FlushAsync(Task send)
    {
        var batch = (Count: Outbox.Current.Pending.Count, Attempt: 1);
        return send.ContinueWith(_ => batch.Count + batch.Attempt);
    }
}
