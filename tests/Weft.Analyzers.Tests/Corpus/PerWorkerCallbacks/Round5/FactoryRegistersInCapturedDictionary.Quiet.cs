// Quiet twin of FactoryRegistersInCapturedDictionary: the registry is a ConcurrentDictionary.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.FactoryRegistersInCapturedDictionaryQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Setup
{
    public static ConcurrentDictionary<string, HostCache> Start(WorkerPool pool)
    {
        var byWorker = new ConcurrentDictionary<string, HostCache>();
        HostCache.Initialize(pool, worker =>
        {
            var cache = new HostCache { Name = worker.Name };
            byWorker[worker.Name] = cache;
            return cache;
        });
        return byWorker;
    }
}
