// The same chain into immutable data, with the request count kept per worker.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.Chain;

public sealed record Backend(string Host);

public sealed record Cluster(string Name, ImmutableArray<Backend> Backends);

[ThreadLocalSlot]
public sealed partial class ClusterMap
{
    public ImmutableDictionary<string, Cluster> ByName { get; init; } = ImmutableDictionary<string, Cluster>.Empty;
}

public sealed class Balancer
{
    private readonly Dictionary<string, int> _active = new();

    public string Pick(string cluster)
    {
        var backend = ClusterMap.Current.ByName[cluster].Backends[0];
        _active[backend.Host] = _active.GetValueOrDefault(backend.Host) + 1;
        return backend.Host;
    }
}
