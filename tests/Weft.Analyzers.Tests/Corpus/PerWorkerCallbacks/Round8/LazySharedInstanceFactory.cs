// WEFT0008: the factory returns the one instance a captured Lazy<T> holds: every worker shares it.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.LazySharedInstanceFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly Queue<int> Idle = new();
}

public static class Setup
{
    public static void Init(WorkerPool pool)
    {
        var shared = new Lazy<ConnectionPool>(() => new ConnectionPool());
        ConnectionPool.Initialize(pool, _ => shared.Value); // expect: WEFT0008
    }
}
