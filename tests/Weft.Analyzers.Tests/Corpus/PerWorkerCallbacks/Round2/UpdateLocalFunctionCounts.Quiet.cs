// Round 2. The local function counts with Interlocked.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round2.LocalCount;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Meter
{
    public long Bytes { get; set; }
}

public static class Census
{
    public static async Task<int> CountBusyAsync(WorkerPool pool)
    {
        int busy = 0;
        await Meter.UpdateAllAsync(pool, Count);
        return busy;

        void Count(Meter meter)
        {
            if (meter.Bytes > 0)
            {
                Interlocked.Increment(ref busy);
            }
        }
    }
}
