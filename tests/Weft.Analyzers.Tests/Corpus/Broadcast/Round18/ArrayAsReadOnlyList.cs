// WEFT0007: a string[] passed where IReadOnlyList<string> is taken is still a mutable array shared by every worker.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly HashSet<string> _hosts = new();

    [WorkerUpdate]
    public void AddHosts(IReadOnlyList<string> hosts)
    {
        foreach (var h in hosts) _hosts.Add(h);
    }
}

public static class ArrayAsReadOnlyList
{
    public static Task Run(WorkerPool pool, string[] hosts) =>
        HostCache.AddHostsOnAllWorkersAsync(pool, hosts); // expect: WEFT0007
}
