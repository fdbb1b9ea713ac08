// A `ref` local taken in a loop over a span of a published array: it is a ref to each element, and assigning it
// writes the published array. (`foreach (ref …)` over a span does not compile in the harness: .NET 10's
// Span<T>.Enumerator implements an interface, a C# 13 feature.)
using System;
using Weft.Slots;

namespace Corpus.R11.RefForeachAfterPublish;

public static class Decay
{
    public static void Run(Slot<int[]> slot)
    {
        int[] weights = [10, 20, 30];
        slot.Publish(weights);
        Span<int> span = weights.AsSpan();
        for (int i = 0; i < span.Length; i++)
        {
            ref int w = ref span[i];
            w /= 2; // expect: WEFT0002
        }
    }
}
