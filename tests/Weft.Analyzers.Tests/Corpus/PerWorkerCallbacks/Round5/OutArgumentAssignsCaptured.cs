// WEFT0008: an `out` argument of TryGetValue assigns a captured local in an UpdateAll callback (every worker writes it).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.OutArgumentAssignsCaptured;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Probe
{
    public static void Find(WorkerPool pool, string host, Action<int> report)
    {
        int port = 0;
        HostCache.UpdateAll(
            pool,
            cache => cache.ByHost.TryGetValue(host, out port), // expect: WEFT0008
            () => report(port));
    }
}
