// An update run on every worker adds to a captured total under `lock` on a System.Threading.Lock inside the callback.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.LockInsideUpdateQuiet;

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
        await Pool.UpdateAllAsync(pool, p =>
        {
            lock (gate)
            {
                total += p.Idle.Count;
            }
        });
        lock (gate)
        {
            return total;
        }
    }
}
