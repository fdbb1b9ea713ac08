// The same BCL calls on the worker's own copies, and read-only BCL calls on the snapshot.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.BclMutators;

[ThreadLocalSlot]
public sealed partial class Ranking
{
    public ImmutableArray<int> Scores { get; init; }
    public ImmutableDictionary<string, int> Hits { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public static class Ranker
{
    public static int Top(int[] fresh, string key)
    {
        var ranking = Ranking.Current;
        int[] scores = ranking.Scores.AsSpan().ToArray();
        Array.Sort(scores);
        fresh.CopyTo(scores, 0);
        int found = Array.IndexOf(scores, 3) + ranking.Scores.IndexOf(3);
        var hits = new Dictionary<string, int>(ranking.Hits);
        CollectionsMarshal.GetValueRefOrAddDefault(hits, key, out _)++;
        Array.Fill(scores, found);
        return scores[^1] + hits[key];
    }
}
