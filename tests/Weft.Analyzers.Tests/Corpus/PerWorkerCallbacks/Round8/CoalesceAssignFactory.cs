// WEFT0008: the factory keeps the first pool in a captured local with `??=` and returns it to every worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.CoalesceAssignFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly Queue<int> Idle = new();
}

public static class Setup
{
    public static void Init(WorkerPool pool)
    {
        ConnectionPool? first = null;
        ConnectionPool.Initialize(pool, _ => first ??= new ConnectionPool()); // expect: WEFT0008
    }
}
