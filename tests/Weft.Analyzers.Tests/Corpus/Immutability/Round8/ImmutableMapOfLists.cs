// WEFT0001: an immutable dictionary whose values are lists; a ConcurrentDictionary member (mutable collection).
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.ImmutableMapOfLists;

[ThreadLocalSlot]
public sealed partial class DnsZone
{
    public ImmutableDictionary<string, List<string>> Records { get; init; } = ImmutableDictionary<string, List<string>>.Empty; // expect: WEFT0001
    public ConcurrentDictionary<string, int> Ttls { get; init; } = new(); // expect: WEFT0001
}
