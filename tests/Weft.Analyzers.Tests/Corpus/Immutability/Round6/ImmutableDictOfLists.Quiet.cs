// Quiet twin of ImmutableDictOfLists: the values are ImmutableArray<int>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableDictOfLists;

[ThreadLocalSlot]
public sealed partial class PortMap
{
    public ImmutableDictionary<string, ImmutableArray<int>> ByHost { get; init; } = ImmutableDictionary<string, ImmutableArray<int>>.Empty;
}
