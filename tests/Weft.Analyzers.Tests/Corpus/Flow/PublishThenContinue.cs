// A batch loop that publishes when a batch is full and continues with the same list: the next pass appends to it.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Continue;

public static class Batcher
{
    public static void Run(Slot<List<string>> slot, IEnumerable<string> lines, int batchSize)
    {
        var batch = new List<string>();
        foreach (string line in lines)
        {
            if (batch.Count == batchSize)
            {
                slot.Publish(batch);
                continue;
            }

            batch.Add(line); // expect: WEFT0002
        }
    }
}
