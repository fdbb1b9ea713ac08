// Quiet twin of RouteMerge: the report is a ConcurrentDictionary and the helper merges with AddOrUpdate, so every
// worker's callback may merge into it at once.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R14.RouteMergeQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LatencyHistograms
{
    public static readonly int[] BucketBoundsMs = [1, 5, 10, 50, 100, 500, 1000];

    public Dictionary<string, long[]> ByRoute { get; } = new(StringComparer.Ordinal);

    public void Observe(string route, double ms)
    {
        if (!ByRoute.TryGetValue(route, out var buckets))
        {
            ByRoute[route] = buckets = new long[BucketBoundsMs.Length + 1];
        }

        int i = 0;
        while (i < BucketBoundsMs.Length && ms > BucketBoundsMs[i])
        {
            i++;
        }

        buckets[i]++;
    }
}

public static class LatencyReport
{
    public static async Task<IReadOnlyDictionary<string, long[]>> CollectAsync(WorkerPool pool)
    {
        var merged = new ConcurrentDictionary<string, long[]>(StringComparer.Ordinal);
        await LatencyHistograms.UpdateAllAsync(pool, h => MergeInto(merged, h.ByRoute));
        return merged.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    private static void MergeInto(ConcurrentDictionary<string, long[]> into, Dictionary<string, long[]> from)
    {
        foreach (var (route, buckets) in from)
        {
            into.AddOrUpdate(route, _ => (long[])buckets.Clone(), (_, sum) => sum.Zip(buckets, (a, b) => a + b).ToArray());
        }
    }
}
