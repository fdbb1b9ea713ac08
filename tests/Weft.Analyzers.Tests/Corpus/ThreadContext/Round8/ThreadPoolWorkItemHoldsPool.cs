// WEFT0004: an IThreadPoolWorkItem holding the worker's connection pool is queued to the thread pool.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.R8.ThreadPoolWorkItemHoldsPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly Queue<int> Idle = new();
}

public sealed class DrainItem(ConnectionPool pool) : IThreadPoolWorkItem
{
    public void Execute() => pool.Idle.Clear();
}

public static class Drain
{
    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(new DrainItem(ConnectionPool.Current), preferLocal: false); // expect: WEFT0004
}
