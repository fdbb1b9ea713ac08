// WEFT0004: TimeProvider.System.CreateTimer runs its callback on a thread-pool thread, like System.Threading.Timer.
// Reading: the page's table names System.Threading.Timer; TimeProvider.System's ITimer is that timer behind an interface.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.TimeProviderTimer;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public static class Expiry
{
    public static ITimer Schedule()
    {
        var cache = HostCache.Current;
        return TimeProvider.System.CreateTimer(
            _ => cache.ByHost.Clear(), // expect: WEFT0004
            null,
            TimeSpan.FromSeconds(30),
            Timeout.InfiniteTimeSpan);
    }
}
