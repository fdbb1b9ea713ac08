// Quiet twin of StaticAutoPropertyFromUpdateAll: the shared total is a static field added to with Interlocked.Add.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.StaticAutoPropertyFromUpdateAllQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Metrics
{
    public static long Entries;
}

public static class Census
{
    public static Task CountAsync(WorkerPool pool) =>
        HostCache.UpdateAllAsync(pool, cache => Interlocked.Add(ref Metrics.Entries, cache.ByHost.Count));
}
