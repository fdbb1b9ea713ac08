// Application-style: an HTTP-ish request router. Routes are an immutable snapshot (longest prefix first), hit counts
// and the retry jitter are per-worker. Defects: a "fast path" sorts the snapshot's route array in place through
// ImmutableCollectionsMarshal.AsArray (WEFT0003), and the jitter draws from a static Random shared by every worker
// (WEFT0006).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.R9.RequestRouterService;

public sealed record Route(string Prefix, string Cluster, int Priority);

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<Route> Routes { get; init; } = ImmutableArray<Route>.Empty;

    public string Fallback { get; init; } = "default";
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouterState
{
    private static readonly Random s_jitter = new();
    private readonly Dictionary<string, long> _hits = new();

    public string Resolve(string path)
    {
        RouteTable table = RouteTable.Current;
        Route? match = table.Routes.FirstOrDefault(r => path.StartsWith(r.Prefix, StringComparison.Ordinal));
        string cluster = match?.Cluster ?? table.Fallback;
        _hits[cluster] = _hits.GetValueOrDefault(cluster) + 1;
        return cluster;
    }

    public TimeSpan RetryDelay(int attempt)
    {
        int baseMs = Math.Min(1000, 50 << Math.Min(attempt, 4));
        return TimeSpan.FromMilliseconds(baseMs + s_jitter.Next(0, baseMs / 2)); // expect: WEFT0006
    }

    public IReadOnlyList<(string Cluster, long Hits)> Top(int n) =>
        _hits.OrderByDescending(p => p.Value).Take(n).Select(p => (p.Key, p.Value)).ToList();

    public static void PrepareFastPath()
    {
        Route[] routes = ImmutableCollectionsMarshal.AsArray(RouteTable.Current.Routes)!;
        Array.Sort(routes, (a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length)); // expect: WEFT0003
    }
}

public static class RouteLoader
{
    public static Task PublishAsync(WorkerPool pool, IEnumerable<Route> routes, string fallback)
    {
        ImmutableArray<Route> ordered = routes
            .OrderByDescending(r => r.Prefix.Length)
            .ThenByDescending(r => r.Priority)
            .ToImmutableArray();
        return RouteTable.PublishAsync(pool, new RouteTable { Routes = ordered, Fallback = fallback });
    }
}
