// Round 2. A ref readonly local to each element of an immutable array's span only reads.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Views.Round2.RefLocalSpan;

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
        var scores = Scores.Current.ByBackend.AsSpan();
        for (int i = 0; i < scores.Length; i++)
        {
            ref readonly double score = ref scores[i];
            total += score * factor;
        }

        return total;
    }
}
