// WEFT0008: a C# 14 instance compound operator on a captured *struct* local. Page: "a struct's operator changes the
// captured variable itself, reported". Reading: reported at the `+=` in the callback.
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
        await UpdateAllAsync(pool, u => tally += u.Bytes); // expect: WEFT0008
        return tally;
    }
}
