// Trading feed: each worker's feed state starts at its own sequence block; the binder's per-worker factory takes the
// block start from a primary-constructor parameter and advances it (a captured instance member, written from every
// worker's factory call). Twin: a field advanced with Interlocked.Add.
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.FeedStatePrimaryCtorSeq;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FeedState
{
    public FeedState(long firstSequence) => NextSequence = firstSequence;

    public long NextSequence { get; set; }

    public long Take() => NextSequence++;
}

public sealed class FeedBinder(WorkerPool pool, long blockStart)
{
    private const long BlockSize = 1_000_000;

    public void Bind()
    {
        FeedState.Initialize(pool, _ =>
        {
            long first = blockStart;
            blockStart += BlockSize; // expect: WEFT0008
            return new FeedState(first);
        });
    }
}

public static class SequenceBlocks
{
    public static long BlockOf(long sequence, long blockSize) => sequence / blockSize;

    public static bool SameBlock(long a, long b, long blockSize) => BlockOf(a, blockSize) == BlockOf(b, blockSize);

    public static string Describe(long first, long blockSize) => $"[{first}, {first + blockSize})";
}
