// WEFT0004: a collection-expression copy of the worker's connection list still holds the worker's connection
// objects (mutable, worker-owned); the copy goes to the thread pool. Reading taken: a copied list of worker-owned
// objects carries those objects (the page: what the state owns goes with a value made from it).
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.R8.ListCopyOfWorkerObjects;

public sealed class PooledConnection
{
    public int Uses;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly List<PooledConnection> Live = new();
}

public static class Stats
{
    public static void Report()
    {
        List<PooledConnection> copy = [.. ConnectionPool.Current.Live];
        ThreadPool.QueueUserWorkItem(_ => copy.ForEach(c => c.Uses = 0)); // expect: WEFT0004
    }
}
