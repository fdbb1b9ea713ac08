// The span written after the publish views a copy of the array.
using System;
using Weft.Slots;

namespace Corpus.Views.Span;

public static class Weights
{
    public static int[] Publish(Slot<int[]> slot, int count)
    {
        var weights = new int[count];
        weights.AsSpan().Fill(1);
        slot.Publish(weights);
        var draft = (int[])weights.Clone();
        Span<int> view = draft.AsSpan();
        view[0] = 10;
        return draft;
    }
}
