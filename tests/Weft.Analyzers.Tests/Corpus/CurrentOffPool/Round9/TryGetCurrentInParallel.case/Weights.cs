// WEFT0005 across files: the snapshot type is here; Scoring.cs reads its TryGetCurrent inside a Parallel.For body.
using System.Collections.Immutable;
using Weft;

namespace Corpus.CurrentOffPool.R9.TryGetCurrentInParallel;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public ImmutableArray<double> Values { get; init; } = ImmutableArray<double>.Empty;
}
