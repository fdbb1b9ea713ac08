// Stats aggregator: every worker periodically ships its local latency histogram to an aggregator that lives on
// main. Defect: the worker posts a lambda to the main dispatcher that merges the worker's own live dictionary —
// main reads it while the worker keeps recording (WEFT0004: a callback posted to another dispatcher).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus6b.StatsShipToMain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LocalHistogram
{
    public Dictionary<string, long> Buckets { get; } = new(StringComparer.Ordinal);

    public void Record(string bucket) => Buckets[bucket] = Buckets.GetValueOrDefault(bucket) + 1;
}

public sealed class MainAggregator
{
    private readonly Dictionary<string, long> _totals = new(StringComparer.Ordinal);

    public void Merge(IReadOnlyDictionary<string, long> buckets)
    {
        foreach (var (bucket, count) in buckets) _totals[bucket] = _totals.GetValueOrDefault(bucket) + count;
    }
}

public sealed class Shipper
{
    private readonly WorkerPool _pool;
    private readonly MainAggregator _aggregator;

    public Shipper(WorkerPool pool, MainAggregator aggregator)
    {
        _pool = pool;
        _aggregator = aggregator;
    }

    public void Ship()
    {
        LocalHistogram local = LocalHistogram.Current;
        _pool.Main.Post(() => _aggregator.Merge(local.Buckets)); // expect: WEFT0004
    }
}
