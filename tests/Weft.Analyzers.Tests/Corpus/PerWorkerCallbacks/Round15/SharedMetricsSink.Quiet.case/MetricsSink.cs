// Round 15, WEFT0008 quiet twin (.case): the sink records into a ConcurrentDictionary with AddOrUpdate.
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Corpus.Round15.SharedMetricsSinkQuiet;

public sealed class MetricsSink
{
    private readonly ConcurrentDictionary<string, long> _totals = new();

    public void Record(string name, long value) =>
        _totals.AddOrUpdate(name, value, (_, total) => total + value);

    public IReadOnlyDictionary<string, long> Totals => _totals;
}
