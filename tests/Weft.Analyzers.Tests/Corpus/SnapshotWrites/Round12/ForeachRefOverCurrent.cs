// C# 13 `foreach (ref var …)` over a span of the snapshot's array: the increments write the shared array.
using System;
using Weft;

namespace Corpus.R12.ForeachRefOverCurrent;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public int[] Values { get; init; } = []; // expect: WEFT0001
}

public static class Balancer
{
    public static void Decay()
    {
        foreach (ref var value in Weights.Current.Values.AsSpan())
        {
            value /= 2; // expect: WEFT0003
        }
    }
}
