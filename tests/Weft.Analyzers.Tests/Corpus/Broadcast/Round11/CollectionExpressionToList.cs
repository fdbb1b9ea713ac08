// The argument is a collection expression spread from the caller's hosts: a fresh list, but a List, which every worker
// receives as one object (any of them may change it).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.CollectionExpressionToList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    private readonly HashSet<string> _hosts = new();

    [WorkerUpdate]
    private void AddHosts(List<string> hosts) => _hosts.UnionWith(hosts);
}

public static class Admin
{
    public static Task Add(WorkerPool pool, IEnumerable<string> hosts) =>
        Cache.AddHostsOnAllWorkersAsync(pool, [.. hosts, "fallback"]); // expect: WEFT0007
}
