using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Unsealed;

public sealed record Route(string Prefix, string Cluster);

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<Route> Routes { get; init; } = ImmutableArray<Route>.Empty;
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
    public readonly int Version;

    public RouteTable(int version) => Version = version;
}
