// Quiet twin of InterlockedThenPlain: both through Interlocked.
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
        Interlocked.Add(ref s_bytes, bytes);
    }
}
