// Quiet twin of GetOrAddConstantKey: the key is the worker's name, so each worker gets (and registers) its own instance.
// Reading: a cache keyed per dispatcher hands out one instance per worker, not a shared one.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.GetOrAddConstantKeyQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Setup
{
    public static void Start(WorkerPool pool, ConcurrentDictionary<string, HostCache> registry)
    {
        HostCache.Initialize(pool, worker => registry.GetOrAdd(worker.Name, _ => new HostCache()));
    }
}
