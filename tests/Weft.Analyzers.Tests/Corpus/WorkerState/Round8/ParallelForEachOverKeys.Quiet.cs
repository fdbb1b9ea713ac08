// Twin: the pairs are copied into an array of value tuples of strings on the worker first.
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.ParallelForEachOverKeysQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public static class Audit
{
    public static ConcurrentBag<string> Check()
    {
        var cache = DnsCache.Current;
        var pairs = cache.Names.Select(kv => (kv.Key, kv.Value)).ToArray();
        var bad = new ConcurrentBag<string>();
        Parallel.ForEach(pairs, pair =>
        {
            if (pair.Value.Length == 0)
            {
                bad.Add(pair.Key);
            }
        });
        return bad;
    }
}
