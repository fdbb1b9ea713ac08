using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R9.PartialFieldMutatedByUpdate;

public sealed partial class Inventory
{
    public Task CollectAsync(WorkerPool pool) =>
        ConnectionCache.UpdateAllAsync(pool, cache => Remember(cache.Name));
}
