// Twin: `??` over a fresh local per call (nothing captured is assigned or returned).
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.CoalesceAssignFactoryQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly Queue<int> Idle = new();

    public static ConnectionPool? TryWarm() => null;
}

public static class Setup
{
    public static void Init(WorkerPool pool) => ConnectionPool.Initialize(pool, _ => ConnectionPool.TryWarm() ?? new ConnectionPool());
}
