// Round 15, WEFT0002 quiet twin: the element is capped before the publish.
using System;
using Weft.Slots;

namespace Corpus.Round15.RefArgumentIntoPublishedQuiet;

public static class Caps
{
    public static bool Cap(scoped ref int value, int max)
    {
        if (value <= max)
        {
            return false;
        }

        value = max;
        return true;
    }
}

public sealed class ShardLimitHandler(Slot<int[]> limits)
{
    public int Apply(ReadOnlySpan<int> requested, int hot, int max)
    {
        int[] next = requested.ToArray();
        int capped = Caps.Cap(ref next[hot], max) ? 1 : 0;
        limits.Publish(next);
        return capped;
    }
}
