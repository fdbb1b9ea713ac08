// WEFT0004: a Lazy<T> whose factory reads the worker's cache is forced inside Task.Run (the factory runs where
// Value is read). Reported at the Lazy's factory or at the Task.Run: #escape.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.LazyForcedOnPool;

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
        var total = new Lazy<long>(() => metrics.Counters.Values.Sum()); // expect: WEFT0004 #escape
        return Task.Run(() => total.Value); // expect: WEFT0004 #escape
    }
}
