// WEFT0004: Parallel.ForEach over the worker cache's live key collection, reading the cache in the body (one defect; reported
// where the source or the captured cache is used: #escape).
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.ParallelForEachOverKeys;

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
        var bad = new ConcurrentBag<string>();
        Parallel.ForEach(cache.Names.Keys, host => // expect: WEFT0004 #escape
        {
            if (cache.Names[host].Length == 0) // expect: WEFT0004 #escape
            {
                bad.Add(host);
            }
        });
        return bad;
    }
}
