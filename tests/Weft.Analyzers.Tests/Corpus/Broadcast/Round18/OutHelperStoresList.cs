// WEFT0007: a local filled only by an `out` argument of a helper of yours is judged by what the helper stores in it
// (its `_hosts` List<string>); `return null`-like null assignments on the other path do not count.
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
    private readonly List<string> _hosts = new() { "a" };

    public bool TryGetHosts(out IReadOnlyList<string>? hosts)
    {
        if (_hosts.Count == 0) { hosts = null; return false; }
        hosts = _hosts;
        return true;
    }
}

public static class OutHelperStoresList
{
    public static Task Run(WorkerPool pool, Registry registry)
    {
        if (!registry.TryGetHosts(out var hosts)) return Task.CompletedTask;
        return HostCache.AddHostsOnAllWorkersAsync(pool, hosts!); // expect: WEFT0007
    }
}
