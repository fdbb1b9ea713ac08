// Quiet twin of BclMutatorsOnCurrent: the same mutators, each on a copy made from the snapshot (ToList, ToArray,
// ToDictionary); Array.Sort takes the snapshot's data only as the source of the copy.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.BclMutatorsOnCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Pool
{
    public ImmutableArray<int> Ids { get; init; } = ImmutableArray<int>.Empty;
    public ImmutableDictionary<string, int> Index { get; init; } = ImmutableDictionary<string, int>.Empty;
    public ImmutableArray<int> Weights { get; init; } = ImmutableArray<int>.Empty;
}

public static class Worker
{
    public static int Shuffle(int[] extra)
    {
        var pool = Pool.Current;
        var ids = pool.Ids.ToList();
        ids.AddRange(extra);
        ids.RemoveAll(id => id < 0);
        ids.Sort();
        ids.Reverse();
        ids.InsertRange(0, extra);
        var index = pool.Index.ToDictionary(p => p.Key, p => p.Value);
        index.TryAdd("k", 1);
        var weights = pool.Weights.ToArray();
        Array.Sort(weights);
        Array.Reverse(weights);
        Array.Fill(weights, 1);
        Array.Clear(weights);
        return ids.Count + index.Count + weights.Length;
    }
}
