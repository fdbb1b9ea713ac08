// Round 2. The span is taken before the publish and written after it: the view outlives the hand-over.
using System;
using Weft.Slots;

namespace Corpus.Views.Round2.SpanBefore;

public static class Weights
{
    public static void Publish(Slot<int[]> slot, int count)
    {
        var weights = new int[count];
        Span<int> tail = weights.AsSpan(1);
        weights[0] = 10;
        slot.Publish(weights);
        tail.Fill(1); // expect: WEFT0002
    }
}
