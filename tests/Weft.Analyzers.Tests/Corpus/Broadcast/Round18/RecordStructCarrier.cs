// WEFT0007: a record struct carrying a List<string> passed as broadcast state is mutable (its list is shared).
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

public readonly record struct Batch(string Name, List<string> Hosts);
public sealed class Inbox { public int Seen; }

public static class RecordStructCarrier
{
    public static Task Run(Slot<Inbox> slot, List<string> hosts) =>
        slot.RunOnAllThreadsAsync((inbox, b) => inbox.Seen += b.Hosts.Count, new Batch("b", hosts)); // expect: WEFT0007
}
