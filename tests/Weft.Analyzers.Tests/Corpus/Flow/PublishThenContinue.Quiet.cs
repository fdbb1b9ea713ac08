// The loop publishes the full batch and starts a new list before it goes on.
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
                batch = new List<string>();
                continue;
            }

            batch.Add(line);
        }
    }
}
