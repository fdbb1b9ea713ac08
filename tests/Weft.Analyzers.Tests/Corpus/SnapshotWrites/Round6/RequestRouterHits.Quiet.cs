// Quiet twin of RequestRouterHits: routes are immutable; hits are counted in per-worker state.
using System;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus6b.RequestRouterHits;

public sealed record Route(string Prefix, string Cluster)
{
}

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<Route> Routes { get; init; } = ImmutableArray<Route>.Empty;
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
        RouterStats.Current.Count(match);
        return match.Cluster;
    }
}
