// Quiet twin of SetterKindAndDeepChain: the same members made immutable (get-only, init, FrozenDictionary of
// ImmutableArray).
using System.Collections.Frozen;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.SetterKindAndDeepChainQuiet;

public sealed class Timeouts
{
    public int ConnectMs { get; init; } = 1000;
}

public sealed class Policy
{
    public Timeouts Limits { get; } = new();
}

[ThreadLocalSlot]
public sealed partial class Gateway
{
    public string Host { get; } = "";
    public Policy Policy { get; } = new();
    private readonly FrozenDictionary<string, ImmutableArray<int>> _shards = FrozenDictionary<string, ImmutableArray<int>>.Empty;

    public int Shards => _shards.Count;
}
