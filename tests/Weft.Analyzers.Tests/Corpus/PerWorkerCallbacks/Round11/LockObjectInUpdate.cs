// An update on every worker writes a captured dictionary; a System.Threading.Lock is at hand but the write is not in
// its scope (`EnterScope()`; `lock` on a Lock is C# 13, which the harness does not parse).
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.LockObjectInUpdate;

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
            using (gate.EnterScope())
            {
                s.Hits = 0;
            }

            byWorker[s.Worker] = hits; // expect: WEFT0008
        });
        return byWorker;
    }
}
