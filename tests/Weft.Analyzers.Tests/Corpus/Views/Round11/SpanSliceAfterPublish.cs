// A published array is sliced as a Span (a view over the same memory) and the slice is written.
using System;
using Weft.Slots;

namespace Corpus.R11.SpanSliceAfterPublish;

public static class Weights
{
    public static void Roll(Slot<int[]> slot)
    {
        int[] weights = [5, 5, 5, 5];
        slot.Publish(weights);
        Span<int> tail = weights.AsSpan(1..);
        tail[0] = 9; // expect: WEFT0002
    }
}
