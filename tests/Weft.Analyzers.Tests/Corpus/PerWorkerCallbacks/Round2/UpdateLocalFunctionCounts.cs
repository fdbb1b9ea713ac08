// Report place: the local function is declared on one line and handed over on another (group).
// Round 2. A local function passed as the update counts the workers in a captured local: every worker runs it at once.
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
        await Meter.UpdateAllAsync(pool, Count); // expect: WEFT0008 #count
        return busy;

        void Count(Meter meter)
        {
            if (meter.Bytes > 0)
            {
                busy++; // expect: WEFT0008 #count
            }
        }
    }
}
