// A batch is published in `try` and cleared in `finally` for reuse: the clear empties what the workers read, and the
// next pass's Add appends to the published list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.FinallyClearsBatch;

public static class Batcher
{
    public static void Drain(Slot<List<string>> slot, IEnumerable<string> lines)
    {
        var batch = new List<string>();
        foreach (var line in lines)
        {
            batch.Add(line); // expect: WEFT0002
            if (batch.Count == 16)
            {
                try
                {
                    slot.Publish(batch);
                }
                finally
                {
                    batch.Clear(); // expect: WEFT0002
                }
            }
        }
    }
}
