// WEFT0007: one element of a tuple a helper returns, read by name (`registry.Snapshot().Hosts`), judged by what
// every return puts there: `_hosts`, a List<string>.
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

public sealed class Registry
{
    private readonly string _name = "r";
    private readonly List<string> _hosts = new() { "a" };
    public (string Name, IReadOnlyList<string> Hosts) Snapshot() => (_name, _hosts);
}

public static class TupleElementByName
{
    public static Task Run(WorkerPool pool, Registry registry) =>
        HostCache.AddHostsOnAllWorkersAsync(pool, registry.Snapshot().Hosts); // expect: WEFT0007 "List"
}
