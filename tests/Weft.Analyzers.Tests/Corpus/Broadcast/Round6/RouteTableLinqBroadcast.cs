// Request router: each worker keeps its own route list, replaced by a [WorkerUpdate] broadcast built from a LINQ
// pipeline over the parsed config. Defect: the pipeline ends in ToList() and the update takes a List<Route>, so
// one mutable list reaches every worker (WEFT0007 at the call).
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
    private IReadOnlyList<Route> _routes = Array.Empty<Route>();

    public Route? Match(string path) => _routes.FirstOrDefault(r => path.StartsWith(r.Prefix, StringComparison.Ordinal));

    [WorkerUpdate] private void Replace(List<Route> routes) => _routes = routes;
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
            .ToList();
        return WorkerRoutes.ReplaceOnAllWorkersAsync(pool, routes); // expect: WEFT0007
    }
}
