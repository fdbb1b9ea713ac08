// An update run on every worker adds to a captured total with no lock.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.LockInsideUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Pool
{
    public List<string> Idle { get; } = [];
}

public static class Stats
{
    public static async Task<int> CountIdle(WorkerPool pool)
    {
        Lock gate = new();
        int total = 0;
        await Pool.UpdateAllAsync(pool, p => total += p.Idle.Count); // expect: WEFT0008
        lock (gate)
        {
            return total;
        }
    }
}
