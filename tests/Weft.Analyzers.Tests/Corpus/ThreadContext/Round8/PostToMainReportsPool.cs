// WEFT0004: the worker posts a report of its pool to main (another dispatcher) with the pool captured.
using System.Collections.Generic;
using Weft;

namespace Corpus.ThreadContext.R8.PostToMainReportsPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly List<int> Idle = new();
}

public static class Report
{
    public static void Send(WorkerPool pool, List<int> sink)
    {
        var mine = ConnectionPool.Current;
        pool.Main.Post(() => sink.AddRange(mine.Idle)); // expect: WEFT0004
    }
}
