// Quiet twin of NestedTypeSettersDeep: the nested types are get-only/init all the way down; Tighten returns a new
// Timeouts.
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.NestedTypeSettersDeepQuiet;

public sealed class Timeouts
{
    public int ConnectMs { get; init; } = 1000;
    public Timeouts Tighten() => new() { ConnectMs = ConnectMs / 2 };
}

public sealed class Policy
{
    public Timeouts Timeouts { get; init; } = new();
}

public sealed record Retry(int Count, ImmutableArray<int> BackoffMs);

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public Policy Policy { get; } = new();
    public Retry Retry { get; init; } = new(3, ImmutableArray<int>.Empty);
}
