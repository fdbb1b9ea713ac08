// Quiet twin of StatsMergeAggregator: the shared report merges under its own lock (the page: writes under lock
// stay quiet; reading taken: a helper whose write is inside lock counts as such a write).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.StatsMergeAggregator;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LatencyBuckets
{
    private readonly long[] _counts = new long[8];

    public void Record(double milliseconds)
    {
        int bucket = 0;
        for (double limit = 1; bucket < _counts.Length - 1 && milliseconds > limit; limit *= 4) bucket++;
        _counts[bucket]++;
    }

    public IEnumerable<(int Bucket, long Count)> Snapshot()
    {
        for (int i = 0; i < _counts.Length; i++) yield return (i, _counts[i]);
    }
}

public sealed class LatencyReport
{
    private readonly Dictionary<int, long> _totals = new();
    private readonly object _gate = new();

    public void Merge(IEnumerable<(int Bucket, long Count)> counts)
    {
        lock (_gate)
        {
        foreach (var (bucket, count) in counts)
        {
            _totals[bucket] = _totals.GetValueOrDefault(bucket) + count;
        }
        }
    }

    public long Total(int bucket) { lock (_gate) return _totals.GetValueOrDefault(bucket); }
}

public static class Aggregator
{
    public static async Task<LatencyReport> CollectAsync(WorkerPool pool)
    {
        var report = new LatencyReport();
        await LatencyBuckets.UpdateAllAsync(pool, buckets => report.Merge(buckets.Snapshot()));
        return report;
    }
}
