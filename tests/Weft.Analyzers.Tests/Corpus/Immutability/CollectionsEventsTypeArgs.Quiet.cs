// The same information in immutable shapes: frozen and immutable collections of immutable elements.
using System.Collections.Frozen;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Members;

[ThreadLocalSlot]
public sealed partial class Topology
{
    private readonly FrozenDictionary<string, int> _weights = FrozenDictionary<string, int>.Empty;
    public ImmutableArray<ImmutableArray<string>> Zones { get; init; }
    public ImmutableDictionary<string, ImmutableHashSet<int>> PortsByHost { get; init; } = ImmutableDictionary<string, ImmutableHashSet<int>>.Empty;
    public FrozenSet<string> Tags { get; init; } = FrozenSet<string>.Empty;

    public int Weight(string host) => _weights.TryGetValue(host, out int w) ? w : 0;
}
