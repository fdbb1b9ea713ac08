// Quiet twin of CapturedDelegateAppends: the captured delegate adds to a ConcurrentQueue.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CapturedDelegateAppends;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerInfo
{
    public string Name { get; set; } = "";
}

public static class Inventory
{
    public static async Task<List<string>> NamesAsync(WorkerPool pool)
    {
        var names = new ConcurrentQueue<string>();
        Action<string> record = names.Enqueue;
        await WorkerInfo.UpdateAllAsync(pool, w => record(w.Name));
        return names.ToList();
    }
}
