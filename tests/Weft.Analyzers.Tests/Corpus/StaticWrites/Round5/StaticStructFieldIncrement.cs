// WEFT0006: a static field of a mutable struct type; `s_stats.Hits++` in a [WorkerUpdate] method is a read-modify-write of
// part of the static field.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.StaticStructFieldIncrement;

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
    private void Hit(string host) => s_stats.Hits++; // expect: WEFT0006
}
