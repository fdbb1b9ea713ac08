// Iterating the snapshot's elements and building new lists from them: only fresh objects are written.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Views.ForeachElement;

public sealed record Cluster(string Name, ImmutableArray<string> Endpoints);

[ThreadLocalSlot]
public sealed partial class Topology
{
    public ImmutableArray<Cluster> Clusters { get; init; }
}

public static class EndpointPatcher
{
    public static List<Cluster> WithLocalEndpoint(string endpoint)
    {
        var patched = new List<Cluster>();
        foreach (var cluster in Topology.Current.Clusters)
        {
            var endpoints = new List<string>(cluster.Endpoints);
            if (endpoints.Count == 0)
            {
                endpoints.Add(endpoint);
            }

            patched.Add(cluster with { Endpoints = endpoints.ToImmutableArray() });
        }

        return patched;
    }
}
