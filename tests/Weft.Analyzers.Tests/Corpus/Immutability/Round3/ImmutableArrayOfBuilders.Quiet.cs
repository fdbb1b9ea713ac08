// Round 3. Strings are immutable: an ImmutableArray<string> is deeply immutable.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Round3.ImmutableArrayOfBuilders;

[ThreadLocalSlot]
public sealed partial class BannerSet
{
    public ImmutableArray<string> Banners { get; init; }
}
