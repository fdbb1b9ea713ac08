// Quiet twin of StatsShipToMain: the worker copies its dictionary, resets it, and ships only the copy.
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
        var copy = new Dictionary<string, long>(local.Buckets, StringComparer.Ordinal);
        local.Buckets.Clear();
        _pool.Main.Post(() => _aggregator.Merge(copy));
    }
}
