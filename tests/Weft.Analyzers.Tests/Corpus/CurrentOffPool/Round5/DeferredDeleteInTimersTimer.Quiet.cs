// Quiet twin of DeferredDeleteInTimersTimer: the Elapsed handler posts to the captured loop, and the posted callback
// (run on that loop) calls DeferredDelete there.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using System.Runtime.CompilerServices;
using Weft;
using Weft.Threading;

namespace Corpus5b.DeferredDeleteInTimersTimerQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Reaper
{
    public static System.Timers.Timer ReapLater(IDisposable victim)
    {
        Dispatcher loop = Dispatcher.Current!;
        var timer = new System.Timers.Timer(1000) { AutoReset = false };
        timer.Elapsed += (_, _) => loop.Post(() => loop.DeferredDelete(victim));
        timer.Start();
        return timer;
    }
}
