// Twin: the Lazy is forced on the worker; only the long goes to Task.Run.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.LazyForcedOnPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MetricsAggregator
{
    public readonly Dictionary<string, long> Counters = new();
}

public static class Export
{
    public static Task<long> TotalAsync()
    {
        var metrics = MetricsAggregator.Current;
        var total = new Lazy<long>(() => metrics.Counters.Values.Sum());
        long value = total.Value;
        return Task.Run(() => value * 2);
    }
}
