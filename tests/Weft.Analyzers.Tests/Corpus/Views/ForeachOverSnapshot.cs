// The foreach variable is an element of the shared snapshot; adding to its endpoint list races every worker.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Views.ForeachElement;

public sealed class Cluster
{
    public Cluster(string name) => Name = name;
    public string Name { get; }
    public List<string> Endpoints { get; } = new();
}

[ThreadLocalSlot]
public sealed partial class Topology
{
    public ImmutableArray<Cluster> Clusters { get; init; } // expect: WEFT0001
}

public static class EndpointPatcher
{
    public static void AddLocalEndpoint(string endpoint)
    {
        foreach (var cluster in Topology.Current.Clusters)
        {
            if (cluster.Endpoints.Count == 0)
            {
                cluster.Endpoints.Add(endpoint); // expect: WEFT0003
            }
        }
    }
}
