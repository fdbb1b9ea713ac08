// WEFT0006: a [WorkerUpdate] that counts with Interlocked (quiet) and then `+=`s a second static on the next line
// (reported): one atomic update does not make its neighbour atomic.
using System.Threading;
using Weft;

namespace Corpus.R17.StaticWrites.InterlockedThenPlain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Uploads
{
    private static long s_count;
    private static long s_bytes;

    [WorkerUpdate]
    public void Uploaded(long bytes)
    {
        Interlocked.Increment(ref s_count);
        s_bytes += bytes; // expect: WEFT0006
    }
}
