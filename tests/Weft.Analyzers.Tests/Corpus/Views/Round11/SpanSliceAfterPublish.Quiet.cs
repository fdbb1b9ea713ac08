// Quiet twin: an array range (`weights[1..]`) is a new array; writing it changes nothing published.
using System;
using Weft.Slots;

namespace Corpus.R11.SpanSliceAfterPublishQuiet;

public static class Weights
{
    public static void Roll(Slot<int[]> slot)
    {
        int[] weights = [5, 5, 5, 5];
        slot.Publish(weights);
        int[] tail = weights[1..];
        tail[0] = 9;
        slot.Publish(tail);
    }
}
