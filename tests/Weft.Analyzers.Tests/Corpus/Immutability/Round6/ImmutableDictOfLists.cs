// WEFT0001: an ImmutableDictionary whose values are List<int> (immutable outside, mutable elements).
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableDictOfLists;

[ThreadLocalSlot]
public sealed partial class PortMap
{
    public ImmutableDictionary<string, List<int>> ByHost { get; init; } = ImmutableDictionary<string, List<int>>.Empty; // expect: WEFT0001 "ByHost"
}
