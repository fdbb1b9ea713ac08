// Twin: immutable values and a frozen dictionary.
using System.Collections.Frozen;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.ImmutableMapOfListsQuiet;

[ThreadLocalSlot]
public sealed partial class DnsZone
{
    public ImmutableDictionary<string, ImmutableArray<string>> Records { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
    public FrozenDictionary<string, int> Ttls { get; init; } = FrozenDictionary<string, int>.Empty;
}
