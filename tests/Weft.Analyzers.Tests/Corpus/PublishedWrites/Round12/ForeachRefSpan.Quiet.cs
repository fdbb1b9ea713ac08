// C# 13 `foreach (ref readonly …)` over a span of the published array: it only reads.
using System;
using Weft.Slots;

namespace Corpus.R12.ForeachRefSpanQuiet;

public static class Weights
{
    public static void Publish(Slot<int[]> slot)
    {
        int[] weights = [3, 1, 2];
        slot.Publish(weights);
        int total = 0;
        foreach (ref readonly var weight in weights.AsSpan())
        {
            total += weight;
        }

        Console.WriteLine(total);
    }
}
