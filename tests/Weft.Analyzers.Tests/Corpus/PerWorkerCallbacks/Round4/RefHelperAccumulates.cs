// WEFT0008: the callback run on every worker passes a captured local by ref to a helper that adds to it: the captured
// local is incremented through the call (issue 10: `ref` arguments are followed).
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.RefHelperAccumulates;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BytesCounter
{
    public long Sent { get; set; }
}

public static class Totals
{
    public static async Task<long> SentAsync(WorkerPool pool)
    {
        long total = 0;
        await BytesCounter.UpdateAllAsync(pool, c => Accumulate(ref total, c.Sent)); // expect: WEFT0008
        return total;
    }

    static void Accumulate(ref long sum, long value) => sum += value;
}
