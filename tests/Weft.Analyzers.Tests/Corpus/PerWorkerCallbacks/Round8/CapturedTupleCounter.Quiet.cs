// Twin: Interlocked.Add on a captured int.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.CapturedTupleCounterQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public readonly List<int> Idle = new();
}

public static class Stats
{
    public static async Task<int> CountAsync(WorkerPool pool)
    {
        int idle = 0;
        await ConnectionPool.UpdateAllAsync(pool, p => Interlocked.Add(ref idle, p.Idle.Count));
        return idle;
    }
}
