// Quiet twin of TimeProviderTimer: the worker's own loop timer (Dispatcher.CreateTimer, run on the owning loop) clears it.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.TimeProviderTimerQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public static class Expiry
{
    public static DispatcherTimer Schedule()
    {
        var cache = HostCache.Current;
        DispatcherTimer timer = Dispatcher.Current!.CreateTimer(() => cache.ByHost.Clear());
        timer.Enable(TimeSpan.FromSeconds(30));
        return timer;
    }
}
