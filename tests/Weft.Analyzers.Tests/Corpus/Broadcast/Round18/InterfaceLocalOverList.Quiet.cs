// Quiet twin of InterfaceLocalOverList: the interface local holds an ImmutableArray (the page's fix).
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

public static class InterfaceLocalOverList
{
    public static Task Run(WorkerPool pool, List<string> hosts)
    {
        IReadOnlyList<string> view = hosts.ToImmutableArray();
        return HostCache.AddHostsOnAllWorkersAsync(pool, view);
    }
}
