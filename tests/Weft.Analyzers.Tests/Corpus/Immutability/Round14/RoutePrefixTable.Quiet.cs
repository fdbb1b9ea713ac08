// Quiet twin of RoutePrefixTable: the primary-constructor parameter the members use is an ImmutableArray<string>,
// so the hidden field it lives in holds nothing anyone can change.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Immutability.R14.RoutePrefixTableQuiet;

public sealed record RouteTarget(string Cluster, bool StripPrefix);

[ThreadLocalSlot]
public sealed partial class RoutePrefixTable(
    ImmutableArray<string> prefixes,
    ImmutableDictionary<string, RouteTarget> targets,
    RouteTarget fallback)
{
    public int Count => prefixes.Length;

    public (RouteTarget Target, string Remainder) Resolve(string path)
    {
        // Longest prefix first: the loader sorts them that way.
        foreach (var prefix in prefixes)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) && targets.TryGetValue(prefix, out var target))
            {
                return (target, target.StripPrefix ? path[prefix.Length..] : path);
            }
        }

        return (fallback, path);
    }
}

public sealed class RequestRouter
{
    private long _routed;
    private long _fellBack;

    public string Route(string path)
    {
        var (target, remainder) = RoutePrefixTable.Current.Resolve(path);
        if (target.Cluster == "default")
        {
            _fellBack++;
        }

        _routed++;
        return $"{target.Cluster}:{remainder}";
    }

    public double FallbackRatio => _routed == 0 ? 0 : (double)_fellBack / _routed;
}

public static class RouteLoader
{
    public static Task LoadAsync(WorkerPool pool, IEnumerable<KeyValuePair<string, RouteTarget>> routes)
    {
        var targets = routes.ToImmutableDictionary(StringComparer.Ordinal);
        var ordered = targets.Keys.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal);
        var table = new RoutePrefixTable(ordered.ToImmutableArray(), targets, new RouteTarget("default", StripPrefix: false));
        return RoutePrefixTable.PublishAsync(pool, table);
    }
}
