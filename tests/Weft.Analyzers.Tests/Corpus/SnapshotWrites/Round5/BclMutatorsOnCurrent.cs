// WEFT0003: the BCL's in-place mutators that are not `Add`/indexer writes, called on snapshot collections:
// AddRange, RemoveAll, Sort, Reverse, TryAdd, InsertRange, Array.Sort/Reverse/Fill/Clear.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus5a.BclMutatorsOnCurrent;

[ThreadLocalSlot]
public sealed partial class Pool
{
    public List<int> Ids { get; init; } = new(); // expect: WEFT0001
    public Dictionary<string, int> Index { get; init; } = new(); // expect: WEFT0001
    public int[] Weights { get; init; } = new int[4]; // expect: WEFT0001
}

public static class Worker
{
    public static void Shuffle(int[] extra)
    {
        var pool = Pool.Current;
        pool.Ids.AddRange(extra); // expect: WEFT0003
        pool.Ids.RemoveAll(id => id < 0); // expect: WEFT0003
        pool.Ids.Sort(); // expect: WEFT0003
        pool.Ids.Reverse(); // expect: WEFT0003
        pool.Ids.InsertRange(0, extra); // expect: WEFT0003
        pool.Index.TryAdd("k", 1); // expect: WEFT0003
        Array.Sort(pool.Weights); // expect: WEFT0003
        Array.Reverse(pool.Weights); // expect: WEFT0003
        Array.Fill(pool.Weights, 1); // expect: WEFT0003
        Array.Clear(pool.Weights); // expect: WEFT0003
    }
}
