// Round 15, WEFT0002 through a `ref` argument: a small helper takes `scoped ref int` and caps it; the handler publishes
// the per-shard limits array and then caps one element through `ref limits[i]`, writing the published array. The page:
// a call of your method that writes it.
using System;
using Weft.Slots;

namespace Corpus.Round15.RefArgumentIntoPublished;

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
        limits.Publish(next);
        return Caps.Cap(ref next[hot], max) ? 1 : 0; // expect: WEFT0002
    }
}
