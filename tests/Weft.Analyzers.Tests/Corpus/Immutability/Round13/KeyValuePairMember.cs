// A snapshot keeps its primary entry as a KeyValuePair whose value is a List: the pair is read-only, the list inside
// it is not ("a member whose own type is not deeply immutable").
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.KeyValuePairMember;

[ThreadLocalSlot]
public sealed partial class PrimaryZone
{
    public KeyValuePair<string, List<string>> Entry { get; init; } // expect: WEFT0001
}
