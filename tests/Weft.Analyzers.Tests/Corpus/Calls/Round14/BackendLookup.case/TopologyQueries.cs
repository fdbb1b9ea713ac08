// Lookups over the current topology, shared by the balancer, the admin endpoint and the health checker.
using System;
using System.Collections.Generic;

namespace Corpus.Calls.R14.BackendLookupDefect;

public static class TopologyQueries
{
    public static List<string> BackendsOf(string cluster)
    {
        var topology = Topology.Current;
        return topology.Clusters.TryGetValue(cluster, out var backends) ? backends : new List<string>();
    }

    public static int CountOf(string cluster) => Topology.Current.Clusters.TryGetValue(cluster, out var backends) ? backends.Count : 0;

    public static long Revision => Topology.Current.Revision;
}
