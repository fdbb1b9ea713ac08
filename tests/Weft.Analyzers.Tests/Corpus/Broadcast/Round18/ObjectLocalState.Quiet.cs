// Quiet twin of ObjectLocalState: the page's example, `object message = string.Join(",", hosts);`.
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
        object message = string.Join(",", hosts);
        return slot.RunOnAllThreadsAsync((inbox, m) => inbox.Seen++, message);
    }
}
