// WEFT0007: an `object` local assigned once at its declaration is judged by its value (a List<string>) when passed
// as the [Published] state of RunOnAllThreadsAsync<TState>.
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

public sealed class Inbox { public int Seen; }

public static class ObjectLocalState
{
    public static Task Run(Slot<Inbox> slot, List<string> hosts)
    {
        object message = hosts;
        return slot.RunOnAllThreadsAsync((inbox, m) => inbox.Seen++, message); // expect: WEFT0007
    }
}
