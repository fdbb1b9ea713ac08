// Quiet twin of TupleTwoLines: Interlocked.Add into each captured local.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.TupleTwoLines;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class CacheStats
{
    public long Hits;
    public long Misses;

    public static async Task<double> HitRatioAsync(WorkerPool pool)
    {
        long hits = 0, misses = 0;
        await UpdateAllAsync(pool, c =>
        {
            Interlocked.Add(ref hits, c.Hits);
            Interlocked.Add(ref misses, c.Misses);
        });
        return hits / (double)(hits + misses);
    }
}
