// Quiet twin of RouteHits.case: the per-worker statistics count hits into the worker's own instance dictionary
// through the same public helper; nothing static is written.
using System.Collections.Generic;

namespace Corpus.StaticWrites.R14.RouteHitsQuiet;

public static class Counters
{
    public static long Bump<TKey>(IDictionary<TKey, long> counts, TKey key, long by = 1)
        where TKey : notnull
    {
        counts.TryGetValue(key, out long current);
        long next = current + by;
        counts[key] = next;
        return next;
    }

    public static IEnumerable<KeyValuePair<TKey, long>> Top<TKey>(IReadOnlyDictionary<TKey, long> counts, int n)
        where TKey : notnull
    {
        var list = new List<KeyValuePair<TKey, long>>(counts);
        list.Sort((a, b) => b.Value.CompareTo(a.Value));
        return list.GetRange(0, System.Math.Min(n, list.Count));
    }
}
