// WEFT0008: the factory returns a process-wide singleton made with LazyInitializer.EnsureInitialized(ref s_instance):
// created once, then returned to every worker.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.LazyInitializerSingleton;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Setup
{
    private static HostCache? s_instance;

    public static void Start(WorkerPool pool) =>
        HostCache.Initialize(pool, _ => LazyInitializer.EnsureInitialized(ref s_instance)); // expect: WEFT0008
}
