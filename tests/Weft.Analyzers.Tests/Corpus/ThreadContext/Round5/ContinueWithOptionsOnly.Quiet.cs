// Quiet twin of ContinueWithOptionsOnly: the continuation is scheduled with
// TaskScheduler.FromCurrentSynchronizationContext() taken on the worker, i.e. posted back to the worker's own loop.
// Reading: the page lists ContinueWith as an entry point; a scheduler built from the worker's own synchronization
// context keeps it on the loop, as `Dispatcher.Current`'s scheduler does.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.ContinueWithOptionsOnlyQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Refresh
{
    public static Task AfterLoad(Task load)
    {
        var cache = HostCache.Current;
        TaskScheduler thisLoop = TaskScheduler.FromCurrentSynchronizationContext();
        return load.ContinueWith(_ => cache.ByHost.Clear(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, thisLoop);
    }
}
