// WEFT0004: a tuple carries the worker's list into a ContinueWith continuation.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.TupleCarriesWorkerList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    public readonly List<string> Pending = new();
}

public static class Sender
{
    public static Task FlushAsync(Task send)
    {
        var batch = (Items: Outbox.Current.Pending, Attempt: 1);
        return send.ContinueWith(_ => batch.Items.Clear()); // expect: WEFT0004
    }
}
