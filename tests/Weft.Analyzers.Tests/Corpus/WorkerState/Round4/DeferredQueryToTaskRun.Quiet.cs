// Quiet twin of DeferredQueryToTaskRun: the query is materialized on the worker (ToArray of strings: a fresh array of
// immutable values); only the copy is sorted on the thread pool.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.DeferredQueryToTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class IdleTracker
{
    public Dictionary<string, long> LastActiveTicks { get; } = new();
}

public sealed class IdleReport
{
    public Task<List<string>> IdleHostsAsync(long cutoffTicks)
    {
        var tracker = IdleTracker.Current;
        string[] idle = tracker.LastActiveTicks.Where(kv => kv.Value < cutoffTicks).Select(kv => kv.Key).ToArray();
        return Task.Run(() => idle.OrderBy(h => h, StringComparer.Ordinal).ToList());
    }
}
