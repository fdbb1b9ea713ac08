using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace EdgeProxy;

/// <summary>
/// Each worker's own load balancers, one per cluster, rebuilt on that worker whenever it sees a new
/// <see cref="ClusterTable"/>. Per worker, like Envoy's: round-robin cursors and least-request counts are plain
/// fields no other thread touches.
/// </summary>
[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerBalancers
{
    private readonly Dictionary<string, Balancer> _byCluster = new();
    private long _builtFrom = -1;

    /// <summary>The balancer for <paramref name="cluster"/> in <paramref name="table"/>, rebuilt if the table changed.</summary>
    public Balancer? For(ClusterTable table, string cluster)
    {
        if (_builtFrom != table.Version)
        {
            Rebuild(table);
        }

        return _byCluster.GetValueOrDefault(cluster);
    }

    private void Rebuild(ClusterTable table)
    {
        var previous = new Dictionary<string, Balancer>(_byCluster);
        _byCluster.Clear();
        foreach (ClusterState cluster in table.Clusters.Values)
        {
            _byCluster[cluster.Name] = new Balancer(cluster, previous.GetValueOrDefault(cluster.Name));
        }

        _builtFrom = table.Version;
    }
}

/// <summary>One worker's balancer for one cluster: picks among healthy endpoints, round-robin or least-request.</summary>
public sealed class Balancer
{
    private readonly ClusterState _cluster;
    private readonly Dictionary<HostPort, int> _active;
    // Unsigned, so that after 2^32 connections it wraps to 0 instead of going negative (a negative start would index
    // before the array).
    private uint _next;

    public Balancer(ClusterState cluster, Balancer? previous)
    {
        _cluster = cluster;
        _next = previous?._next ?? 0;
        // In-flight requests carry over a rebuild, so least-request stays accurate across config changes.
        _active = previous?._active ?? new Dictionary<HostPort, int>();
    }

    public ClusterState Cluster => _cluster;

    /// <summary>The round-robin cursor (tests start it near the wrap).</summary>
    internal uint Cursor
    {
        get => _next;
        set => _next = value;
    }

    /// <summary>Endpoints to try, best first: healthy ones in policy order, then (if none is healthy) all of them.</summary>
    public ImmutableArray<HostPort> Candidates()
    {
        ImmutableArray<EndpointState> healthy = _cluster.HealthyEndpoints;
        ImmutableArray<EndpointState> pool = healthy.IsEmpty ? _cluster.Endpoints : healthy;
        var order = ImmutableArray.CreateBuilder<HostPort>(pool.Length);
        if (_cluster.Policy == LbPolicy.LeastRequest)
        {
            // Fewest in flight first; ties broken by the round-robin cursor so load still spreads.
            uint start = _next++;
            var ranked = new List<(int Active, int Rank, HostPort Address)>();
            for (int i = 0; i < pool.Length; i++)
            {
                HostPort address = pool[Index(start, i, pool.Length)].Address;
                ranked.Add((_active.GetValueOrDefault(address), i, address));
            }

            ranked.Sort();
            foreach (var (_, _, address) in ranked)
            {
                order.Add(address);
            }
        }
        else
        {
            uint start = _next++;
            for (int i = 0; i < pool.Length; i++)
            {
                order.Add(pool[Index(start, i, pool.Length)].Address);
            }
        }

        return order.MoveToImmutable();
    }

    private static int Index(uint start, int offset, int length) => (int)((start % (uint)length + (uint)offset) % (uint)length);

    public void Started(HostPort endpoint) => _active[endpoint] = _active.GetValueOrDefault(endpoint) + 1;

    public void Finished(HostPort endpoint)
    {
        int left = _active.GetValueOrDefault(endpoint) - 1;
        if (left <= 0)
        {
            _active.Remove(endpoint);
        }
        else
        {
            _active[endpoint] = left;
        }
    }
}
