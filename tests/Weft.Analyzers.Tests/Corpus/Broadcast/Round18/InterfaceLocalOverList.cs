// WEFT0007: an interface-typed local assigned once at its declaration is judged by its value: a List<string>.
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
        IReadOnlyList<string> view = hosts;
        return HostCache.AddHostsOnAllWorkersAsync(pool, view); // expect: WEFT0007
    }
}
