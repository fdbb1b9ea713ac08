// Round 2. The inner loop only finds the marker; the outer loop publishes a copy and keeps its own list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Round2.NestedLoop;

public static class Sharder
{
    public static void Publish(Slot<List<int>> slot, int[][] shards)
    {
        var merged = new List<int>();
        foreach (int[] shard in shards)
        {
            for (int i = 0; i < shard.Length; i++)
            {
                if (shard[i] < 0)
                {
                    slot.Publish(new List<int>(merged));
                    break;
                }
            }

            merged.AddRange(shard);
        }
    }
}
