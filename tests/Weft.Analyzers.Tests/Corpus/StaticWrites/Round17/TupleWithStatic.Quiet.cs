// Quiet twin of TupleWithStatic: the static count goes through Interlocked.Increment; the tuple keeps only the
// worker's own field (an instance field of the per-worker type is its worker's).
using System.Threading;
using Weft;

namespace Corpus.R17.StaticWrites.TupleWithStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class HitCounter
{
    private static int s_hits;
    private int _last;

    [WorkerUpdate]
    public void Hit(int n)
    {
        Interlocked.Increment(ref s_hits);
        (_last, _) = (n, 0);
    }
}
