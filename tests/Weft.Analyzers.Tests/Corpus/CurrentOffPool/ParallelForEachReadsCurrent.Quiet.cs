// The snapshot is read once on the worker; the parallel bodies read the captured immutable snapshot.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.ParallelForEach;

[ThreadLocalSlot]
public sealed partial class Scoring
{
    public ImmutableDictionary<string, double> Weights { get; init; } = ImmutableDictionary<string, double>.Empty;
}

public static class Ranker
{
    public static double[] Rank(IReadOnlyList<string> terms)
    {
        var weights = Scoring.Current.Weights;
        var scores = new double[terms.Count];
        Parallel.For(0, terms.Count, i => scores[i] = weights.GetValueOrDefault(terms[i]));
        return scores;
    }
}
