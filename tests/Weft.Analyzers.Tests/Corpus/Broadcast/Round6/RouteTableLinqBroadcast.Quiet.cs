// Quiet twin of RouteTableLinqBroadcast: the pipeline ends in ToImmutableArray() and the update takes that.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.RouteTableLinqBroadcast;

public sealed record Route(string Prefix, string Cluster, int Priority);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerRoutes
{
    private ImmutableArray<Route> _routes = ImmutableArray<Route>.Empty;

    public Route? Match(string path) => _routes.FirstOrDefault(r => path.StartsWith(r.Prefix, StringComparison.Ordinal));

    [WorkerUpdate] private void Replace(ImmutableArray<Route> routes) => _routes = routes;
}

public static class RouteLoader
{
    public static Task ApplyAsync(WorkerPool pool, IEnumerable<string> configLines)
    {
        var routes = configLines
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 3)
            .Select(parts => new Route(parts[0], parts[1], int.Parse(parts[2])))
            .OrderByDescending(r => r.Priority)
            .ThenByDescending(r => r.Prefix.Length)
            .ToImmutableArray();
        return WorkerRoutes.ReplaceOnAllWorkersAsync(pool, routes);
    }
}
