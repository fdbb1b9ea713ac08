// Round 2. `foreach (ref readonly …)` over the span of an immutable array only reads.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Views.Round2.RefForeach;

[ThreadLocalSlot]
public sealed partial class Scores
{
    public ImmutableArray<double> ByBackend { get; init; }
}

public static class Decay
{
    public static double Total(double factor)
    {
        double total = 0;
        foreach (ref readonly double score in Scores.Current.ByBackend.AsSpan())
        {
            total += score * factor;
        }

        return total;
    }
}
