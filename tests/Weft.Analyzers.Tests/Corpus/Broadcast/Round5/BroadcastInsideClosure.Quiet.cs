// Quiet twin of BroadcastInsideClosure: the [WorkerUpdate] takes an ImmutableArray and the closure sends an immutable copy.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.BroadcastInsideClosureQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly HashSet<string> _blocked = new();

    [WorkerUpdate]
    private void Block(ImmutableArray<string> hosts) => _blocked.UnionWith(hosts);
}

public static class Admin
{
    public static async Task BlockTwice(WorkerPool pool, IEnumerable<string> input)
    {
        var hosts = input.ToList();
        Func<Task> send = () => HostCache.BlockOnAllWorkersAsync(pool, hosts.ToImmutableArray());
        await send();
        hosts.Add("late.example");
        await send();
    }
}
