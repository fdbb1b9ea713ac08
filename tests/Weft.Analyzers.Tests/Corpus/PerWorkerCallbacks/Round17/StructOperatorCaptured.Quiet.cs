// Quiet twin of StructOperatorCaptured: the callback adds into the captured struct's fields with Interlocked.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.StructOperatorCaptured;

public struct Tally
{
    public long Count;
    public long Bytes;
    public void operator +=(long bytes) { Count++; Bytes += bytes; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Uploads
{
    public long Bytes;

    public static async Task<Tally> TallyAsync(WorkerPool pool)
    {
        var tally = new Tally();
        await UpdateAllAsync(pool, u =>
        {
            Interlocked.Increment(ref tally.Count);
            Interlocked.Add(ref tally.Bytes, u.Bytes);
        });
        return tally;
    }
}
