// Twin: the query is materialized with ToArray on the worker.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.DeferredQuerySyntaxToPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public static class Export
{
    public static Task<int> CountAsync()
    {
        var hosts = (from kv in DnsCache.Current.Names where kv.Value.Length > 0 select kv.Key).ToArray();
        return Task.Run(() => hosts.Length);
    }
}
