// WEFT0004: CancelAfter arms a timer; the callback given to `CancellationToken.UnsafeRegister` runs on the thread that
// cancels (the timer's). Reading: UnsafeRegister is Register without the ExecutionContext flow; the page's sentence on
// Register callbacks ("they are off the pool, like Task.Run") applies to it alike.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus5b.UnsafeRegisterAfterCancelAfter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Deadline
{
    public static CancellationTokenSource Arm()
    {
        var cache = HostCache.Current;
        var cts = new CancellationTokenSource();
        cts.CancelAfter(TimeSpan.FromSeconds(2));
        cts.Token.UnsafeRegister(_ => cache.ByHost.Remove("pending"), null); // expect: WEFT0004
        return cts;
    }
}
