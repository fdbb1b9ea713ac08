// WEFT0004: a LINQ query over the worker's dictionary is built on the worker but enumerated (ToList) inside Task.Run:
// the deferred query reads the worker-owned dictionary on a thread-pool thread while the worker may change it.
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
        var idle = tracker.LastActiveTicks.Where(kv => kv.Value < cutoffTicks).Select(kv => kv.Key);
        return Task.Run(() => idle.OrderBy(h => h, StringComparer.Ordinal).ToList()); // expect: WEFT0004
    }
}
