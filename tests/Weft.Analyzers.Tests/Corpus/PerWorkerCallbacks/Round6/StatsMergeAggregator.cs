// Stats aggregator merged on main: every worker's latency buckets are folded into one report. Defect: the update
// that runs on every worker calls Merge on a captured LatencyReport whose Dictionary it changes — the workers
// merge into it at once (WEFT0008: mutates what a captured local holds, through a helper method).
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

    public void Merge(IEnumerable<(int Bucket, long Count)> counts)
    {
        foreach (var (bucket, count) in counts)
        {
            _totals[bucket] = _totals.GetValueOrDefault(bucket) + count;
        }
    }

    public long Total(int bucket) => _totals.GetValueOrDefault(bucket);
}

public static class Aggregator
{
    public static async Task<LatencyReport> CollectAsync(WorkerPool pool)
    {
        var report = new LatencyReport();
        await LatencyBuckets.UpdateAllAsync(pool, buckets => report.Merge(buckets.Snapshot())); // expect: WEFT0008
        return report;
    }
}
