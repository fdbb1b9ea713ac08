// The quiet twin: the pair's value is an ImmutableArray.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.KeyValuePairMemberQuiet;

[ThreadLocalSlot]
public sealed partial class PrimaryZone
{
    public KeyValuePair<string, ImmutableArray<string>> Entry { get; init; }
}
