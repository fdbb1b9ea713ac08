// Round 15, WEFT0006 (.case): a public generic static helper class (this file) counts keys in a static dictionary
// through CollectionsMarshal.GetValueRefOrAddDefault; a per-worker type's [WorkerUpdate] (another file) calls it. The
// page: a helper anybody may call is reported at the worker code's call.
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Corpus.Round15.GenericCounterHelper;

public static class Counters<TKey>
    where TKey : notnull
{
    private static readonly Dictionary<TKey, long> s_counts = [];

    public static void Bump(TKey key, long by = 1) =>
        CollectionsMarshal.GetValueRefOrAddDefault(s_counts, key, out _) += by;

    public static long Get(TKey key) => s_counts.GetValueOrDefault(key);
}
