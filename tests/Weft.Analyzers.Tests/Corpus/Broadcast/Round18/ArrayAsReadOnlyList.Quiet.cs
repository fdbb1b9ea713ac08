// Quiet twin of ArrayAsReadOnlyList: an immutable copy (the page's fix).
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
        HostCache.AddHostsOnAllWorkersAsync(pool, ImmutableArray.Create(hosts));
}
