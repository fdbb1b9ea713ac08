// WEFT0008: the factory returns `lazy.Value` of a captured Lazy<HostCache>: built once, then the same object for all.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.LazyValueFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Setup
{
    public static void Start(WorkerPool pool)
    {
        var lazy = new Lazy<HostCache>(() => new HostCache());
        HostCache.Initialize(pool, _ => lazy.Value); // expect: WEFT0008
    }
}
