// WEFT0006: `Volatile.Write(ref s_peak, Math.Max(Volatile.Read(ref s_peak), n))` from a RunOnAllThreads callback: the
// read and the write are separate atomic calls (page: "The same holds when the read and the write are separate atomic
// calls ... is reported like s_n++").
using System;
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
            Volatile.Write(ref s_peak, Math.Max(Volatile.Read(ref s_peak), q.Depth)); // expect: WEFT0006
        });
    }
}
