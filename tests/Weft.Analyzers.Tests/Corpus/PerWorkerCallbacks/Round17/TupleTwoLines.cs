// WEFT0008: a tuple assignment to two captured locals in an UpdateAllAsync callback, its left side split over two lines.
// Page: "a tuple assignment (hits, misses) = (hits + c.Hits, misses + c.Misses) assigns each variable it names, reported
// at each". Reading: each report sits at the variable it names, so one per line here.
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
            (hits, // expect: WEFT0008
             misses) = (hits + c.Hits, misses + c.Misses)); // expect: WEFT0008
        return hits / (double)(hits + misses);
    }
}
