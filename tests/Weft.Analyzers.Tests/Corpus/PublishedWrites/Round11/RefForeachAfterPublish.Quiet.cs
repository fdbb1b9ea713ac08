// Quiet twin: the halving runs over a copy (a spread), which is then published in turn.
using System;
using Weft.Slots;

namespace Corpus.R11.RefForeachAfterPublishQuiet;

public static class Decay
{
    public static void Run(Slot<int[]> slot)
    {
        int[] weights = [10, 20, 30];
        slot.Publish(weights);
        int[] next = [.. weights];
        Span<int> span = next.AsSpan();
        for (int i = 0; i < span.Length; i++)
        {
            ref int w = ref span[i];
            w /= 2;
        }

        slot.Publish(next);
    }
}
