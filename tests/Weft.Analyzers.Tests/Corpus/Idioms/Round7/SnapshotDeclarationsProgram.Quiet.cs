// A set of snapshot declarations for a proxy, fully correct: sealed records of immutable members, FrozenDictionary and
// FrozenSet, ImmutableArray of ImmutableArray<byte>, delegates with init, a readonly record struct, Version, enums,
// TimeSpan, Lazy of an immutable value, computed members and methods returning fresh lists, static readonly helpers.
// Quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.SnapshotDeclarationsProgramQuiet;

public enum Protocol { Http1, Http2, Tcp }

public readonly record struct Timeouts(TimeSpan Connect, TimeSpan Idle);

public sealed record Endpoint(string Host, int Port, Protocol Protocol);

public sealed record Cluster(string Name, ImmutableArray<Endpoint> Endpoints, Timeouts Timeouts)
{
    public int Size => Endpoints.Length;
}

public sealed class TlsSettings
{
    public Version MinVersion { get; init; } = new(1, 2);
    public ImmutableArray<ImmutableArray<byte>> Certificates { get; init; } = ImmutableArray<ImmutableArray<byte>>.Empty;
    public FrozenSet<string> Ciphers { get; init; } = FrozenSet<string>.Empty;
}

[ThreadLocalSlot]
public sealed partial class ProxyConfig
{
    private static readonly StringComparer s_comparer = StringComparer.Ordinal;

    public long Generation { get; init; }
    public FrozenDictionary<string, Cluster> Clusters { get; init; } = FrozenDictionary<string, Cluster>.Empty;
    public ImmutableArray<string> ListenOn { get; init; } = ImmutableArray<string>.Empty;
    public TlsSettings Tls { get; init; } = new();
    public Timeouts Defaults { get; init; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1));
    public Func<string, bool> IsInternal { get; init; } = static host => host.EndsWith(".local", StringComparison.Ordinal);
    public Lazy<ImmutableArray<string>> SortedClusterNames { get; init; } = new(() => ImmutableArray<string>.Empty);
    public Protocol DefaultProtocol { get; init; } = Protocol.Http1;
    public string Name { get; init; } = "proxy";

    public int ClusterCount => Clusters.Count;

    public List<string> ClusterNamesCopy() => Clusters.Keys.OrderBy(k => k, s_comparer).ToList();

    public Cluster? Find(string name) => Clusters.TryGetValue(name, out var c) ? c : null;
}

public static class ConfigBuilder
{
    public static ProxyConfig Build(long generation, IEnumerable<Cluster> clusters)
    {
        var byName = clusters.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
        var names = byName.Keys.OrderBy(k => k, StringComparer.Ordinal).ToImmutableArray();
        return new ProxyConfig
        {
            Generation = generation,
            Clusters = byName,
            ListenOn = ImmutableArray.Create("0.0.0.0:8080"),
            SortedClusterNames = new Lazy<ImmutableArray<string>>(() => names),
        };
    }

    public static Task PublishAsync(WorkerPool pool, long generation, IEnumerable<Cluster> clusters) =>
        ProxyConfig.PublishAsync(pool, Build(generation, clusters));
}
