using System.Collections.Immutable;

namespace Corpus.Immutability.R9.PartialSlotParts;

public sealed partial class Routes
{
    public ImmutableArray<int> Weights { get; init; } = ImmutableArray<int>.Empty;

    public int TotalWeight => Weights.Length == 0 ? 0 : System.Linq.Enumerable.Sum(Weights);
}
