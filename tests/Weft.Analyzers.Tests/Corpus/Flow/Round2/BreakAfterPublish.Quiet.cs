// Round 2. The Add sits above the publish inside the loop, but the publish is followed by a break: nothing runs on
// the list after it.
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
            batch.Add(e);
            if (batch.Count == 100)
            {
                await slot.PublishAsync(batch);
                break;
            }
        }
    }
}
