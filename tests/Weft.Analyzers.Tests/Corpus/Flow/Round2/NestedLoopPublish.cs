// Round 2. The inner loop publishes per shard; the outer loop then appends to the list it published.
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
                    slot.Publish(merged);
                    break;
                }
            }

            merged.AddRange(shard); // expect: WEFT0002
        }
    }
}
