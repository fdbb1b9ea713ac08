// Twin: the copy holds the use counts (ints).
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.R8.ListCopyOfWorkerObjectsQuiet;

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
        List<int> uses = [.. ConnectionPool.Current.Live.Select(c => c.Uses)];
        ThreadPool.QueueUserWorkItem(_ => System.Console.WriteLine(uses.Sum()));
    }
}
