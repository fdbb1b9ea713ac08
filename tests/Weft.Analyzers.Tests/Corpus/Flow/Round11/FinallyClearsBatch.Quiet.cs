// Quiet twin: `finally` starts a new list instead of clearing the published one.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.FinallyClearsBatchQuiet;

public static class Batcher
{
    public static void Drain(Slot<List<string>> slot, IEnumerable<string> lines)
    {
        var batch = new List<string>();
        foreach (var line in lines)
        {
            batch.Add(line);
            if (batch.Count == 16)
            {
                try
                {
                    slot.Publish(batch);
                }
                finally
                {
                    batch = new List<string>();
                }
            }
        }
    }
}
