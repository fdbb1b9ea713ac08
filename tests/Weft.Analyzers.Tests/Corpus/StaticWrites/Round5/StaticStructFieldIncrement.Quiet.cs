// Quiet twin of StaticStructFieldIncrement: Interlocked.Increment on the static struct's field (by ref).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.StaticStructFieldIncrementQuiet;

public struct HitStats
{
    public long Hits;
    public long Misses;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static HitStats s_stats;

    [WorkerUpdate]
    private void Hit(string host) => Interlocked.Increment(ref s_stats.Hits);
}
