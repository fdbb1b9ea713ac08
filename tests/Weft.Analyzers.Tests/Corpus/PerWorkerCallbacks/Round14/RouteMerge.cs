// An admin endpoint on main merges every worker's per-route latency histogram into one report with the generated
// UpdateAllAsync. The merge is a static helper that adds the worker's buckets into the dictionary it is given; the
// update passes the captured report dictionary, which every worker's callback then changes at once (WEFT0008: the
// callback mutates what a captured local holds; the page says a helper of yours that changes what it is called on
// counts as that change, and the rules follow calls into the compilation by their summaries). The page does not say
// whether a write inside a helper the callback calls is reported at the call or at the write: both lines are one
// #escape group. The quiet twin merges into a ConcurrentDictionary with AddOrUpdate.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R14.RouteMergeDefect;

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
        var merged = new Dictionary<string, long[]>(StringComparer.Ordinal);
        await LatencyHistograms.UpdateAllAsync(pool, h => MergeInto(merged, h.ByRoute)); // expect: WEFT0008 #merge
        return merged.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    private static void MergeInto(IDictionary<string, long[]> into, Dictionary<string, long[]> from)
    {
        foreach (var (route, buckets) in from)
        {
            into[route] = into.TryGetValue(route, out var sum) ? sum.Zip(buckets, (a, b) => a + b).ToArray() : (long[])buckets.Clone(); // expect: WEFT0008 #merge
        }
    }
}
