// Application-style, top-level statements: the startup of a small proxy. It starts the pool, gives every worker its
// connection cache, publishes the initial routes and keeps the route list for the admin endpoint. Defects: the
// per-worker factory returns one cache built before it (WEFT0008), and the route list is extended after it was
// published through a user slot (WEFT0002).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;
using Weft.Slots;

await using WorkerPool pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = Math.Max(2, Environment.ProcessorCount / 2) });

string[] configured = args.Length > 0 ? args : ["/api=api:8080", "/=web:8080"];
var routes = configured
    .Select(arg => arg.Split('=', 2))
    .Where(parts => parts.Length == 2)
    .Select(parts => new Route(parts[0], parts[1]))
    .ToList();

var warm = new UpstreamCache();
warm.Preload(routes.Select(r => r.Upstream));
UpstreamCache.Initialize(pool, dispatcher => warm); // expect: WEFT0008

Slot<List<Route>> adminView = pool.AllocateSlot<List<Route>>();
await RouteSet.PublishAsync(pool, new RouteSet { Routes = routes.ToImmutableArray() });
adminView.Publish(routes);
routes.Add(new Route("/health", "local:0")); // expect: WEFT0002

Console.WriteLine($"serving {routes.Count} routes on {pool.Workers.Count} workers");

public sealed record Route(string Prefix, string Upstream);

[ThreadLocalSlot]
public sealed partial class RouteSet
{
    public ImmutableArray<Route> Routes { get; init; } = ImmutableArray<Route>.Empty;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamCache
{
    private readonly Dictionary<string, int> _failures = new();

    public void Preload(IEnumerable<string> upstreams)
    {
        foreach (string upstream in upstreams)
        {
            _failures.TryAdd(upstream, 0);
        }
    }
}
