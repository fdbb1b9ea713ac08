// C# 13 `foreach (ref var …)` over a span of the published array: each assignment writes the array in place.
using System;
using Weft.Slots;

namespace Corpus.R12.ForeachRefSpan;

public static class Weights
{
    public static void Publish(Slot<int[]> slot)
    {
        int[] weights = [3, 1, 2];
        slot.Publish(weights);
        foreach (ref var weight in weights.AsSpan())
        {
            weight = 0; // expect: WEFT0002
        }
    }
}
