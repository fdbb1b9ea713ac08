// Round 15, WEFT0006 quiet twin (.case): the generic helper counts in a static ConcurrentDictionary with AddOrUpdate.
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Corpus.Round15.GenericCounterHelperQuiet;

public static class Counters<TKey>
    where TKey : notnull
{
    private static readonly ConcurrentDictionary<TKey, long> s_counts = new();

    public static void Bump(TKey key, long by = 1) =>
        s_counts.AddOrUpdate(key, by, (_, n) => n + by);

    public static long Get(TKey key) => s_counts.GetValueOrDefault(key);
}
