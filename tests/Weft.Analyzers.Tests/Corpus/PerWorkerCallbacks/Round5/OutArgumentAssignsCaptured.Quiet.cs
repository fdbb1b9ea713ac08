// Quiet twin of OutArgumentAssignsCaptured: the out argument is a variable of the callback itself; the answer goes into
// the handed instance.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.OutArgumentAssignsCapturedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Probe
{
    public static void Find(WorkerPool pool, string host, Action report)
    {
        HostCache.UpdateAll(
            pool,
            cache => cache.Counts[0] = cache.ByHost.TryGetValue(host, out int port) ? port : 0,
            report);
    }
}
