// WEFT0007: a computed property of yours that no override replaces is a helper judged by its getter: `_hosts`, a
// List<string>.
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

public sealed class Pool2
{
    private readonly List<string> _hosts = new() { "a" };
    public IReadOnlyList<string> Hosts => _hosts;
}

public static class ComputedPropertyHelper
{
    public static Task Run(WorkerPool pool, Pool2 registry) =>
        HostCache.AddHostsOnAllWorkersAsync(pool, registry.Hosts); // expect: WEFT0007
}
