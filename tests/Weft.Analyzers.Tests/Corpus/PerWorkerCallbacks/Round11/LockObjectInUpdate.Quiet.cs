// Quiet twin: the write to the captured dictionary is inside the System.Threading.Lock's `EnterScope()` scope. Reading
// taken: a Lock scope is a lock (the WEFT0008 page names `lock`; the WEFT0006 page names both forms).
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.LockObjectInUpdateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Stats
{
    public string Worker { get; set; } = "";
    public int Hits { get; set; }
}

public static class Merge
{
    public static async Task<Dictionary<string, int>> CollectAsync(WorkerPool pool)
    {
        var gate = new Lock();
        var byWorker = new Dictionary<string, int>();
        await Stats.UpdateAllAsync(pool, s =>
        {
            int hits = s.Hits;
            s.Hits = 0;
            using (gate.EnterScope())
            {
                byWorker[s.Worker] = hits;
            }
        });
        return byWorker;
    }
}
