// WEFT0004: a deferred query (query syntax) over the worker's dictionary is enumerated inside Task.Run.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.DeferredQuerySyntaxToPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public static class Export
{
    public static Task<int> CountAsync()
    {
        var hosts = from kv in DnsCache.Current.Names where kv.Value.Length > 0 select kv.Key;
        return Task.Run(() => hosts.Count()); // expect: WEFT0004
    }
}
