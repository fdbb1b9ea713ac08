// A reload loop that reuses one dictionary: cleared at the top of each pass, published at the bottom.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.WhileLoop;

public sealed class WeightsWatcher(Slot<Dictionary<string, double>> slot, System.Func<Task<IReadOnlyDictionary<string, double>>> read)
{
    public async Task WatchAsync(CancellationToken token)
    {
        var weights = new Dictionary<string, double>();
        while (!token.IsCancellationRequested)
        {
            weights.Clear(); // expect: WEFT0002
            foreach (var pair in await read())
            {
                weights[pair.Key] = pair.Value; // expect: WEFT0002
            }

            await slot.PublishAsync(weights);
        }
    }
}
