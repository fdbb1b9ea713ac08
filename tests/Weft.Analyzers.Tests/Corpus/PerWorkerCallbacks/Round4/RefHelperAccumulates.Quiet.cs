// Quiet twin of RefHelperAccumulates: the helper uses Interlocked.Add on the ref it is given.
using System.Threading;
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
        await BytesCounter.UpdateAllAsync(pool, c => Accumulate(ref total, c.Sent));
        return total;
    }

    static void Accumulate(ref long sum, long value) => Interlocked.Add(ref sum, value);
}
