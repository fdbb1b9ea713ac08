// Round 2. The dictionary's values are immutable arrays, and change notification is left to the publisher.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Messages.Round2.ImmutableOfMutable;

[ThreadLocalSlot]
public sealed partial class Placement
{
    public ImmutableDictionary<string, ImmutableArray<string>> HostsByZone { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    public int Version { get; init; }
}
