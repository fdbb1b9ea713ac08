// WEFT0007: the broadcast is written inside a lambda kept in a Func<Task> (sent later, maybe twice); the List it captures
// is the broadcast argument. The caller then adds to the list it published (WEFT0002, marked too).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.BroadcastInsideClosure;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly HashSet<string> _blocked = new();

    [WorkerUpdate]
    private void Block(List<string> hosts) => _blocked.UnionWith(hosts);
}

public static class Admin
{
    public static async Task BlockTwice(WorkerPool pool, IEnumerable<string> input)
    {
        var hosts = input.ToList();
        Func<Task> send = () => HostCache.BlockOnAllWorkersAsync(pool, hosts); // expect: WEFT0007
        await send();
        hosts.Add("late.example"); // expect: WEFT0002
        await send();
    }
}
