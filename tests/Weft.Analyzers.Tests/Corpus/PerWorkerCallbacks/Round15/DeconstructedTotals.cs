// Round 15, WEFT0008, a short request handler: the stats endpoint sums hits and misses over every worker's cache with a
// tuple deconstruction into two captured locals, run on every worker at once.
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.DeconstructedTotals;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LookupCache
{
    public long Hits { get; set; }
    public long Misses { get; set; }
}

public sealed class StatsHandler(WorkerPool pool)
{
    public async Task<(long Hits, long Misses)> TotalsAsync()
    {
        var (hits, misses) = (0L, 0L);
        await LookupCache.UpdateAllAsync(pool, c => (hits, misses) = (hits + c.Hits, misses + c.Misses)); // expect: WEFT0008
        return (hits, misses);
    }
}
