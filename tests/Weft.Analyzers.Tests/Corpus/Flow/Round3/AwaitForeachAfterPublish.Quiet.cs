// Round 3. The `await foreach` fills the dictionary first; it is published once complete.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Flow.Round3.AwaitForeachAfterPublish;

public static class Feed
{
    public static async Task RunAsync(WorkerPool pool, IAsyncEnumerable<KeyValuePair<string, int>> updates)
    {
        var slot = pool.AllocateSlot<Dictionary<string, int>>();
        var weights = new Dictionary<string, int>();
        await foreach (var update in updates)
        {
            weights[update.Key] = update.Value;
        }

        await slot.PublishAsync(weights);
    }
}
