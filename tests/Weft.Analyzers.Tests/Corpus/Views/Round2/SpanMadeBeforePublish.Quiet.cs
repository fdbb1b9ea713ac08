// Round 2. The span view is filled before the publish; after it nothing touches the array.
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
        tail.Fill(1);
        slot.Publish(weights);
    }
}
