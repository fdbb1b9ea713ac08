// Quiet twin of ClusterTable: the health policy keeps its retry backoff schedule as an ImmutableArray<int>, so every
// type the published table reaches is deeply immutable.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Immutability.R14.ClusterTableQuiet;

public sealed record Endpoint(string Host, int Port, int Weight);

public sealed class HealthPolicy
{
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(5);
    public int UnhealthyThreshold { get; init; } = 3;
    public ImmutableArray<int> RetryBackoffMs { get; init; } = ImmutableArray<int>.Empty;
}

public sealed class ClusterEntry
{
    public required string Name { get; init; }
    public ImmutableArray<Endpoint> Endpoints { get; init; } = ImmutableArray<Endpoint>.Empty;
    public required HealthPolicy Policy { get; init; }
    public int TotalWeight => Endpoints.Sum(e => e.Weight);
}

[ThreadLocalSlot]
public sealed partial class ClusterTable
{
    public ImmutableDictionary<string, ClusterEntry> Clusters { get; init; } = ImmutableDictionary<string, ClusterEntry>.Empty;
    public long Version { get; init; }
    public DateTimeOffset LoadedAt { get; init; }
}

public sealed class ClusterRouter
{
    private int _cursor;

    public Endpoint? Pick(string cluster)
    {
        if (!ClusterTable.TryGetCurrent(out var table) || !table.Clusters.TryGetValue(cluster, out var entry))
        {
            return null;
        }

        var endpoints = entry.Endpoints;
        if (endpoints.IsDefaultOrEmpty)
        {
            return null;
        }

        int total = entry.TotalWeight;
        int point = (_cursor++ & int.MaxValue) % Math.Max(total, 1);
        foreach (var endpoint in endpoints)
        {
            point -= endpoint.Weight;
            if (point < 0)
            {
                return endpoint;
            }
        }

        return endpoints[^1];
    }
}

public static class ClusterTableLoader
{
    public static Task ReloadAsync(WorkerPool pool, IEnumerable<(string Cluster, string Host, int Port, int Weight)> rows, long version)
    {
        var clusters = rows
            .GroupBy(r => r.Cluster, StringComparer.Ordinal)
            .ToImmutableDictionary(
                g => g.Key,
                g => new ClusterEntry
                {
                    Name = g.Key,
                    Endpoints = g.Select(r => new Endpoint(r.Host, r.Port, r.Weight)).ToImmutableArray(),
                    Policy = new HealthPolicy { RetryBackoffMs = [100, 200, 400] },
                },
                StringComparer.Ordinal);

        return ClusterTable.PublishAsync(pool, new ClusterTable { Clusters = clusters, Version = version, LoadedAt = DateTimeOffset.UtcNow });
    }
}
