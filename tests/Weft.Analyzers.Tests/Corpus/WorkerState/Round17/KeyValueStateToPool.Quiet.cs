// Quiet twin of KeyValueStateToPool: the same state posted with Dispatcher.Post<TState> to the calling loop.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.R17.WorkerState.KeyValueStateToPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Sessions
{
    public List<string> Expired { get; } = new();
}

public static class Sweeper
{
    public static void Sweep()
    {
        var entry = KeyValuePair.Create("expired", Sessions.Current.Expired);
        Dispatcher.Current!.Post(
            static e => e.Value.Clear(),
            entry);
    }
}
