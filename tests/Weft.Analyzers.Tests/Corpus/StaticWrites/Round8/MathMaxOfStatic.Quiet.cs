// Twin: only the worker's own field keeps the maximum; main merges.
using System;
using Weft;

namespace Corpus.StaticWrites.R8.MathMaxOfStaticQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LatencyTracker
{
    private long _localMax;

    public long LocalMax => _localMax;

    [WorkerUpdate]
    public void Observe(long micros) => _localMax = Math.Max(_localMax, micros);
}
