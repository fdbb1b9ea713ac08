// Round 3. After publishing, an `await foreach` over an IAsyncEnumerable feeds the published dictionary.
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
        await slot.PublishAsync(weights);
        await foreach (var update in updates)
        {
            weights[update.Key] = update.Value; // expect: WEFT0002 "weights"
        }
    }
}
