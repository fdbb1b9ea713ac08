// Round 2. A batch is published when full, but the loop goes on appending to the same list.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.Round2.BreakAfter;

public static class Batcher
{
    public static async Task RunAsync(Slot<List<string>> slot, IAsyncEnumerable<string> events)
    {
        var batch = new List<string>();
        await foreach (string e in events)
        {
            batch.Add(e); // expect: WEFT0002
            if (batch.Count == 100)
            {
                await slot.PublishAsync(batch);
            }
        }
    }
}
