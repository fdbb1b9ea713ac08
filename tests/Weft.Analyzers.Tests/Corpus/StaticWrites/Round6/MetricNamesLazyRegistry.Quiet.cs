// Quiet twin of MetricNamesLazyRegistry: the registry is a Lazy<ConcurrentDictionary<string, byte>>.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus6b.MetricNamesLazyRegistry;

internal static class MetricNames
{
    internal static readonly Lazy<ConcurrentDictionary<string, byte>> s_known = new(() => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));
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
            MetricNames.s_known.Value.TryAdd(name, 0);
        }
    }
}
