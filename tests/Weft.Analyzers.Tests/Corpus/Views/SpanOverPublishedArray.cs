// A span taken over the array before it is published, written through after.
using System;
using Weft.Slots;

namespace Corpus.Views.Span;

public static class Weights
{
    public static void Publish(Slot<int[]> slot, int count)
    {
        var weights = new int[count];
        Span<int> view = weights.AsSpan();
        view.Fill(1);
        slot.Publish(weights);
        view[0] = 10; // expect: WEFT0002
    }
}
