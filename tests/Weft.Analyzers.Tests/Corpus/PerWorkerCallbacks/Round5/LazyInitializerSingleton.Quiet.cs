// Quiet twin of LazyInitializerSingleton: EnsureInitialized on a variable local to each factory call (one per worker).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.LazyInitializerSingletonQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Setup
{
    public static void Start(WorkerPool pool) =>
        HostCache.Initialize(pool, _ =>
        {
            HostCache? mine = null;
            return LazyInitializer.EnsureInitialized(ref mine);
        });
}
