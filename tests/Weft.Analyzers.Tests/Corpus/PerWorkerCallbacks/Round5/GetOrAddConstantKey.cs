// WEFT0008: the factory fetches from a ConcurrentDictionary with a constant key (`GetOrAdd("shared", ..)`): the first
// worker creates the instance, every other worker gets that same one.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.GetOrAddConstantKey;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Setup
{
    public static void Start(WorkerPool pool, ConcurrentDictionary<string, HostCache> registry)
    {
        HostCache.Initialize(pool, _ => registry.GetOrAdd("shared", _ => new HostCache())); // expect: WEFT0008
    }
}
