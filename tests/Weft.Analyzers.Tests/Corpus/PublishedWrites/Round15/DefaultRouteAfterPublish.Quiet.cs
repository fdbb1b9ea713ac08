// Round 15, WEFT0002 quiet twin: the default route is added before the publish.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.Round15.DefaultRouteAfterPublishQuiet;

public sealed record RouteLine(string Prefix, string Cluster);

public sealed class RouteReloadHandler(Slot<Dictionary<string, string>> routes)
{
    public int Handle(IReadOnlyList<RouteLine> lines, string defaultCluster)
    {
        var map = lines
            .DistinctBy(static l => l.Prefix)
            .ToDictionary(static l => l.Prefix, static l => l.Cluster, StringComparer.Ordinal);
        map.TryAdd("/", defaultCluster);
        routes.Publish(map);
        return map.Count;
    }
}
