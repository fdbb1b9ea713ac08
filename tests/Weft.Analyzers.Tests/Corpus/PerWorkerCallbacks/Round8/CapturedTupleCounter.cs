// WEFT0008: an update run on every worker increments an item of a captured tuple local.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.CapturedTupleCounter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly List<int> Idle = new();
}

public static class Stats
{
    public static async Task<int> CountAsync(WorkerPool pool)
    {
        (int idle, int workers) totals = default;
        await ConnectionPool.UpdateAllAsync(pool, p => totals.idle += p.Idle.Count); // expect: WEFT0008
        return totals.idle;
    }
}
