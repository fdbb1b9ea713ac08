// WEFT0008: the factory returns an element of a captured List<HostCache> built once (a cache of prebuilt instances); every
// worker gets the same element.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.ListElementFactory;

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
        var prebuilt = new List<HostCache> { new HostCache { Name = "warm" } };
        HostCache.Initialize(pool, _ => prebuilt[0]); // expect: WEFT0008
    }
}
