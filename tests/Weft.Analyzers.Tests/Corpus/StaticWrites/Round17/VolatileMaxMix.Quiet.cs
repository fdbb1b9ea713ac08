// Quiet twin of VolatileMaxMix: a compare-exchange loop raises the peak atomically.
using System.Threading;
using Weft;
using Weft.Slots;

namespace Corpus.R17.StaticWrites.VolatileMaxMix;

public sealed class QueueDepth
{
    public int Depth;
}

public static class Peaks
{
    private static int s_peak;

    public static void Sample(Slot<QueueDepth> slot)
    {
        slot.RunOnAllThreads(q =>
        {
            int seen = Volatile.Read(ref s_peak);
            while (q.Depth > seen)
            {
                int prior = Interlocked.CompareExchange(ref s_peak, q.Depth, seen);
                if (prior == seen) break;
                seen = prior;
            }
        });
    }
}
