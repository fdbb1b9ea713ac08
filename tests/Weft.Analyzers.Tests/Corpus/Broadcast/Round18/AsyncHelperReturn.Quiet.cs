// Quiet twin of AsyncHelperReturn: the helper returns an ImmutableArray.
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

public static class AsyncHelperReturn
{
    private static async Task<IReadOnlyList<string>> LoadAsync()
    {
        await Task.Yield();
        var list = new List<string> { "p1", "p2" };
        return list.ToImmutableArray();
    }

    public static async Task Run(WorkerPool pool)
    {
        var peers = await LoadAsync();
        await HostCache.AddHostsOnAllWorkersAsync(pool, peers);
    }
}
