// WEFT0006: `s_max = Math.Max(s_max, n)` from a [WorkerUpdate] (a read-modify-write through a call).
using System;
using Weft;

namespace Corpus.StaticWrites.R8.MathMaxOfStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LatencyTracker
{
    private static long s_maxMicros;
    private long _localMax;

    [WorkerUpdate]
    public void Observe(long micros)
    {
        _localMax = Math.Max(_localMax, micros);
        s_maxMicros = Math.Max(s_maxMicros, micros); // expect: WEFT0006
    }
}
