// Parallel.ForEach bodies run on thread-pool threads (and the caller's): Current is not there.
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
        var scores = new double[terms.Count];
        Parallel.For(0, terms.Count, i => scores[i] = Scoring.Current.Weights.GetValueOrDefault(terms[i])); // expect: WEFT0005
        return scores;
    }
}
