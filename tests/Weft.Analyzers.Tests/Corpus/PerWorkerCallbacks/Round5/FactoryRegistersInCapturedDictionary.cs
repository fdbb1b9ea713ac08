// WEFT0008: the factory builds a fresh instance (fine) but also registers it in a captured Dictionary by worker name:
// every worker's factory writes the same dictionary.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.FactoryRegistersInCapturedDictionary;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Setup
{
    public static Dictionary<string, HostCache> Start(WorkerPool pool)
    {
        var byWorker = new Dictionary<string, HostCache>();
        HostCache.Initialize(pool, worker =>
        {
            var cache = new HostCache { Name = worker.Name };
            byWorker[worker.Name] = cache; // expect: WEFT0008
            return cache;
        });
        return byWorker;
    }
}
