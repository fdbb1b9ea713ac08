// Quiet twin of InvokeAsyncOnMain: InvokeAsync on the calling worker's own dispatcher runs there.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.InvokeAsyncOnMainQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public static class Report
{
    public static Task<int> CountOnMain(WorkerPool pool)
    {
        var cache = HostCache.Current;
        return Dispatcher.Current!.InvokeAsync(() => cache.ByHost.Count);
    }
}
