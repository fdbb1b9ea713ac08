// Round 15, WEFT0002, a short request handler over a slot of the user's own mutable type (Slot<Dictionary<..>>, which
// the WEFT0007 page allows when the dictionary is built whole). The one detail: the default route is added after the
// publish instead of before it.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.Round15.DefaultRouteAfterPublish;

public sealed record RouteLine(string Prefix, string Cluster);

public sealed class RouteReloadHandler(Slot<Dictionary<string, string>> routes)
{
    public int Handle(IReadOnlyList<RouteLine> lines, string defaultCluster)
    {
        var map = lines
            .DistinctBy(static l => l.Prefix)
            .ToDictionary(static l => l.Prefix, static l => l.Cluster, StringComparer.Ordinal);
        routes.Publish(map);
        map.TryAdd("/", defaultCluster); // expect: WEFT0002
        return map.Count;
    }
}
