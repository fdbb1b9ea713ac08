// WEFT0004: `pool.Main.InvokeAsync(..)` ([RunsOnOwningLoop] on main, callable from anywhere) reads the worker's
// dictionary on main while the worker may write it (the page: a post to any dispatcher but Dispatcher.Current).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.InvokeAsyncOnMain;

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
        return pool.Main.InvokeAsync(() => cache.ByHost.Count); // expect: WEFT0004
    }
}
