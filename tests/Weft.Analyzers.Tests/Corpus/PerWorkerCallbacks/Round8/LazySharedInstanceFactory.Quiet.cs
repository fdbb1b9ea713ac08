// Twin: a new pool per worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.LazySharedInstanceFactoryQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly Queue<int> Idle = new();
}

public static class Setup
{
    public static void Init(WorkerPool pool) => ConnectionPool.Initialize(pool, _ => new ConnectionPool());
}
