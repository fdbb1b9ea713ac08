// A chain of members and an indexer leads from Current into a mutable element.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.Chain;

public sealed class Backend
{
    public string Host { get; set; } = "";
    public int ActiveRequests { get; set; }
}

public sealed record Cluster(string Name, ImmutableArray<Backend> Backends);

[ThreadLocalSlot]
public sealed partial class ClusterMap
{
    public ImmutableDictionary<string, Cluster> ByName { get; init; } = ImmutableDictionary<string, Cluster>.Empty; // expect: WEFT0001
}

public static class Balancer
{
    public static string Pick(string cluster)
    {
        var backend = ClusterMap.Current.ByName[cluster].Backends[0];
        backend.ActiveRequests++; // expect: WEFT0003
        return backend.Host;
    }
}
