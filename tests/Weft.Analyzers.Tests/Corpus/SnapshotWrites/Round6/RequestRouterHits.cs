// Request router reading the shared route table on each worker. Defect: the route snapshot keeps a mutable hit
// counter per route (WEFT0001 on the type) and the router bumps it through a small extension method reached from
// Current — every worker writes the shared Route at once (WEFT0003; reading taken: a call of a user method that
// writes its argument is reported at the call, as WEFT0002's page says of such calls).
using System;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus6b.RequestRouterHits;

public sealed record Route(string Prefix, string Cluster)
{
    public long Hits { get; set; }
}

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<Route> Routes { get; init; } = ImmutableArray<Route>.Empty; // expect: WEFT0001
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouterStats
{
    public ImmutableDictionary<string, long> HitsByPrefix { get; private set; } = ImmutableDictionary<string, long>.Empty;

    public void Count(Route route) =>
        HitsByPrefix = HitsByPrefix.SetItem(route.Prefix, HitsByPrefix.GetValueOrDefault(route.Prefix) + 1);
}

public static class RouteExtensions
{
    public static void MarkHit(this Route route) => route.Hits++;
    public static bool Matches(this Route route, string path) => path.StartsWith(route.Prefix, StringComparison.Ordinal);
}

public static class Router
{
    public static string? Resolve(string path)
    {
        Route? match = RouteTable.Current.Routes
            .Where(r => r.Matches(path))
            .OrderByDescending(r => r.Prefix.Length)
            .FirstOrDefault();
        if (match is null) return null;
        match.MarkHit(); // expect: WEFT0003
        return match.Cluster;
    }
}
