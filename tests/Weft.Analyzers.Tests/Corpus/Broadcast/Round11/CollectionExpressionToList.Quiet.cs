// Quiet twin: the update's parameter is an ImmutableArray, built from the same collection expression.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.CollectionExpressionToListQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    private readonly HashSet<string> _hosts = new();

    [WorkerUpdate]
    private void AddHosts(ImmutableArray<string> hosts) => _hosts.UnionWith(hosts);
}

public static class Admin
{
    public static Task Add(WorkerPool pool, IEnumerable<string> hosts) =>
        Cache.AddHostsOnAllWorkersAsync(pool, [.. hosts, "fallback"]);
}
