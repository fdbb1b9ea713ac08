// Round 3. A FrozenDictionary is immutable, but its values are List<T>: an immutable collection of mutable elements.
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.Round3.FrozenOfLists;

[ThreadLocalSlot]
public sealed partial class ZoneMap
{
    public FrozenDictionary<string, List<string>> HostsByZone { get; init; } = // expect: WEFT0001 "HostsByZone"
        FrozenDictionary<string, List<string>>.Empty;
}
