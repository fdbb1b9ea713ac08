// Round 3. An ImmutableArray whose elements are StringBuilders: the array cannot change, each element can.
using System.Collections.Immutable;
using System.Text;
using Weft;

namespace Corpus.Immutability.Round3.ImmutableArrayOfBuilders;

[ThreadLocalSlot]
public sealed partial class BannerSet
{
    public ImmutableArray<StringBuilder> Banners { get; init; } // expect: WEFT0001 "Banners"
}
