// Round 15, WEFT0008 quiet twin: each worker adds its counts with Interlocked.Add.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.DeconstructedTotalsQuiet;

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
        await LookupCache.UpdateAllAsync(pool, c => { Interlocked.Add(ref hits, c.Hits); Interlocked.Add(ref misses, c.Misses); });
        return (hits, misses);
    }
}
