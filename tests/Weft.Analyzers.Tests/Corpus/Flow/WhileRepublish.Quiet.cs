// The reload loop builds a new dictionary on every pass.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.WhileLoop;

public sealed class WeightsWatcher(Slot<Dictionary<string, double>> slot, System.Func<Task<IReadOnlyDictionary<string, double>>> read)
{
    public async Task WatchAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            var weights = new Dictionary<string, double>();
            foreach (var pair in await read())
            {
                weights[pair.Key] = pair.Value;
            }

            await slot.PublishAsync(weights);
        }
    }
}
