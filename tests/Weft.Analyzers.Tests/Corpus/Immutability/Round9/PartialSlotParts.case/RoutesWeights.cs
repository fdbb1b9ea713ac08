using System.Collections.Immutable;

namespace Corpus.Immutability.R9.PartialSlotParts;

public sealed partial class Routes
{
    public int[] Weights { get; init; } = []; // expect: WEFT0001 "Weights"

    public int TotalWeight => Weights.Length == 0 ? 0 : System.Linq.Enumerable.Sum(Weights);
}
