// Quiet twin of RefReturningHelperIncrement: the returned reference is passed to Interlocked.Increment.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.RefReturningHelperIncrementQuiet;

public static class Counters
{
    private static long s_misses;

    public static ref long Misses() => ref s_misses;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    [WorkerUpdate]
    private void Miss(string host) => Interlocked.Increment(ref Counters.Misses());
}
