// WEFT0006: a `static` lambda given to UpdateAllAsync (runs on every thread: worker code) adds into a static total.
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.StaticLambdaUpdateAll;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class QueueDepth
{
    public int Pending { get; set; }
}

public static class DepthGauge
{
    static long s_total;

    public static async Task<long> SampleAsync(WorkerPool pool)
    {
        s_total = 0;
        await QueueDepth.UpdateAllAsync(pool, static q => s_total += q.Pending); // expect: WEFT0006
        return s_total;
    }
}
