// WEFT0004: Post<TState> to another worker with the worker's limiter as state ([PassedToCallback]).
using System.Collections.Generic;
using Weft;

namespace Corpus.WorkerState.R8.PostStateToSiblingWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limiter
{
    public readonly Dictionary<string, int> Used = new();
}

public static class Rebalance
{
    public static void Hand(WorkerPool pool)
    {
        var limiter = Limiter.Current;
        pool.Workers[1].Post(static l => l.Used.Clear(), limiter); // expect: WEFT0004
    }
}
