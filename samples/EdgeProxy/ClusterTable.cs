using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace EdgeProxy;

/// <summary>An endpoint as workers see it: where, and whether the last health checks passed.</summary>
public sealed record EndpointState(HostPort Address, bool Healthy);

/// <summary>One cluster as workers see it. Immutable: a change is a new snapshot.</summary>
public sealed record ClusterState(string Name, LbPolicy Policy, ImmutableArray<EndpointState> Endpoints, System.TimeSpan ConnectTimeout)
{
    public ImmutableArray<EndpointState> HealthyEndpoints => Endpoints.Where(e => e.Healthy).ToImmutableArray();
}

/// <summary>
/// Every cluster, built on main and published by reference to every worker (read-copy-update). A config reload or
/// a health transition publishes a new table; connections already open keep the endpoint they chose.
/// </summary>
[ThreadLocalSlot]
public sealed partial record ClusterTable(long Version, ImmutableDictionary<string, ClusterState> Clusters)
{
    public static ClusterTable From(ProxyConfig config, long version, ClusterTable? previous)
    {
        var clusters = config.Clusters.ToImmutableDictionary(
            c => c.Name,
            c => new ClusterState(
                c.Name,
                c.Policy,
                c.Endpoints.Select(e => new EndpointState(e, WasHealthy(previous, c.Name, e))).ToImmutableArray(),
                c.ConnectTimeout));
        return new ClusterTable(version, clusters);
    }

    public ClusterTable WithHealth(string cluster, HostPort endpoint, bool healthy, long version)
    {
        ClusterState state = Clusters[cluster];
        var endpoints = state.Endpoints.Select(e => e.Address == endpoint ? e with { Healthy = healthy } : e).ToImmutableArray();
        return new ClusterTable(version, Clusters.SetItem(cluster, state with { Endpoints = endpoints }));
    }

    // Endpoints kept across a reload keep their health; new ones start healthy until checked.
    private static bool WasHealthy(ClusterTable? previous, string cluster, HostPort endpoint) =>
        previous?.Clusters.TryGetValue(cluster, out ClusterState? old) != true ||
        old!.Endpoints.FirstOrDefault(e => e.Address == endpoint) is not { } known ||
        known.Healthy;
}
