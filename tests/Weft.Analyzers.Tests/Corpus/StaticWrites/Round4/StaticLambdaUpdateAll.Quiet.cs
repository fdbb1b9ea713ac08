// Quiet twin of StaticLambdaUpdateAll: Interlocked.Add from the static lambda; the reset runs on the caller.
using System.Threading;
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
        Interlocked.Exchange(ref s_total, 0);
        await QueueDepth.UpdateAllAsync(pool, static q => Interlocked.Add(ref s_total, q.Pending));
        return Interlocked.Read(ref s_total);
    }
}
