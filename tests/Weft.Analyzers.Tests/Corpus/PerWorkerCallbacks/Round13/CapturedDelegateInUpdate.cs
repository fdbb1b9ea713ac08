// An update invokes a captured "on count" delegate whose lambda adds to a captured local: run in place on every
// worker, concurrently (the page: "in a local function or lambda it runs in place: reported at the write").
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.CapturedDelegateInUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Pending
{
    public Queue<string> Items { get; } = new();
}

public static class Stats
{
    public static async Task<long> CountAsync(WorkerPool pool)
    {
        long total = 0;
        Action<int> onCount = n => total += n; // expect: WEFT0008
        await Pending.UpdateAllAsync(pool, pending => onCount(pending.Items.Count));
        return total;
    }
}
