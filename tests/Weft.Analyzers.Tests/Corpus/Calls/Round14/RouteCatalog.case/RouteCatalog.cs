// Builds the route list from the discovery rows on main and publishes it to the workers.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.Calls.R14.RouteCatalogDefect;

public sealed class RouteCatalog
{
    private readonly Slot<List<Route>> _routes;
    private int _generation;

    public RouteCatalog(Slot<List<Route>> routes) => _routes = routes;

    public int Generation => _generation;

    public int Rebuild(IEnumerable<(string Host, string Prefix, string Cluster, int Priority)> rows, IReadOnlySet<string> drainingClusters)
    {
        var routes = rows
            .Where(r => !drainingClusters.Contains(r.Cluster))
            .Select(r => new Route(r.Host.ToLowerInvariant(), NormalizePrefix(r.Prefix), r.Cluster, r.Priority))
            .ToList();

        if (routes.None())
        {
            return 0;
        }

        _routes.Publish(routes);
        int duplicates = routes.DedupeSorted(static (a, b) => a.Host == b.Host && a.PathPrefix == b.PathPrefix); // expect: WEFT0002
        _generation++;
        return routes.Count + duplicates;
    }

    private static string NormalizePrefix(string prefix)
    {
        if (string.IsNullOrEmpty(prefix))
        {
            return "/";
        }

        var trimmed = prefix.Trim();
        return trimmed.StartsWith('/') ? trimmed : "/" + trimmed;
    }
}
