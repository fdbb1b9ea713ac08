// WEFT0001 across files: one snapshot type in two partial parts; the array member is declared in the other part.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R9.PartialSlotParts;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Prefixes { get; init; } = ImmutableArray<string>.Empty;
}
