// WEFT0004: `ContinueWith` with only continuation options (no scheduler) runs on TaskScheduler.Current, the default
// scheduler from a worker's posted code: the continuation clears the worker's dictionary on a pool thread.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.ContinueWithOptionsOnly;

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
        return load.ContinueWith(_ => cache.ByHost.Clear(), TaskContinuationOptions.OnlyOnRanToCompletion); // expect: WEFT0004
    }
}
