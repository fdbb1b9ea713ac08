// BCL methods that write their argument in place, given snapshot data.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.BclMutators;

[ThreadLocalSlot]
public sealed partial class Ranking
{
    public int[] Scores { get; init; } = []; // expect: WEFT0001
    public Dictionary<string, int> Hits { get; init; } = new(); // expect: WEFT0001
}

public static class Ranker
{
    public static int Top(int[] fresh, string key)
    {
        var ranking = Ranking.Current;
        Array.Sort(ranking.Scores); // expect: WEFT0003
        fresh.CopyTo(ranking.Scores, 0); // expect: WEFT0003
        Array.Fill(ranking.Scores, 0); // expect: WEFT0003
        CollectionsMarshal.GetValueRefOrAddDefault(ranking.Hits, key, out _)++; // expect: WEFT0003
        return ranking.Scores[^1];
    }
}
