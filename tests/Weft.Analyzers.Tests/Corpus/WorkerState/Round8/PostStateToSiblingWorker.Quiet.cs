// Twin: the same Post<TState> to the calling worker's own dispatcher.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R8.PostStateToSiblingWorkerQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limiter
{
    public readonly Dictionary<string, int> Used = new();
}

public static class Rebalance
{
    public static void Hand()
    {
        var limiter = Limiter.Current;
        Dispatcher.Current!.Post(static l => l.Used.Clear(), limiter);
    }
}
