// Round 3. FrozenDictionary of ImmutableArray values: deeply immutable.
using System.Collections.Frozen;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Round3.FrozenOfLists;

[ThreadLocalSlot]
public sealed partial class ZoneMap
{
    public FrozenDictionary<string, ImmutableArray<string>> HostsByZone { get; init; } =
        FrozenDictionary<string, ImmutableArray<string>>.Empty;
}
