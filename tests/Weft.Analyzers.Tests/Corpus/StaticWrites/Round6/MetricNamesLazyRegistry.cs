// Metrics exporter with a process-wide registry of metric names, created lazily. Defect: the registry is a static
// Lazy<HashSet<string>> and each worker's exporter adds to its Value from a [WorkerUpdate] (WEFT0006: a static
// Lazy<T>'s Value is the object it holds, here a non-concurrent set).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus6b.MetricNamesLazyRegistry;

internal static class MetricNames
{
    internal static readonly Lazy<HashSet<string>> s_known = new(() => new HashSet<string>(StringComparer.Ordinal));
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerMetrics
{
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);

    public void Add(string name, long delta) => _values[name] = _values.GetValueOrDefault(name) + delta;

    [WorkerUpdate]
    private void Declare(string name)
    {
        if (_values.TryAdd(name, 0))
        {
            MetricNames.s_known.Value.Add(name); // expect: WEFT0006
        }
    }
}
