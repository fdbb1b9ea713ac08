// A project of three files: a public generic counting helper used across the codebase (this file), the route key
// model (RouteKey.cs), and a per-worker route statistics type (RouteStats.cs) whose update passes a dictionary to the
// helper. The defect passes the type's static all-workers dictionary: the page (WEFT0006) says a helper anybody may
// call that changes what it is given is reported at the worker code's call. The quiet twin passes the worker's own
// instance dictionary, merged on main by a read.
using System.Collections.Generic;

namespace Corpus.StaticWrites.R14.RouteHitsDefect;

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
