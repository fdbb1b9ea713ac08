// Quiet twin of OutHelperStoresList: the helper stores an immutable copy (and null on the failing path).
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
        hosts = _hosts.ToImmutableArray();
        return true;
    }
}

public static class OutHelperStoresList
{
    public static Task Run(WorkerPool pool, Registry registry)
    {
        if (!registry.TryGetHosts(out var hosts)) return Task.CompletedTask;
        return HostCache.AddHostsOnAllWorkersAsync(pool, hosts!);
    }
}
