// The quiet twin: the delegate adds with Interlocked.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.CapturedDelegateInUpdateQuiet;

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
        Action<int> onCount = n => Interlocked.Add(ref total, n);
        await Pending.UpdateAllAsync(pool, pending => onCount(pending.Items.Count));
        return total;
    }
}
