// C# 13 `foreach (ref readonly …)` over a span of the snapshot's array: it only reads.
using System;
using Weft;

namespace Corpus.R12.ForeachRefOverCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public int[] Values { get; init; } = []; // expect: WEFT0001
}

public static class Balancer
{
    public static int Total()
    {
        int total = 0;
        foreach (ref readonly var value in Weights.Current.Values.AsSpan())
        {
            total += value / 2;
        }

        return total;
    }
}
