// Quiet twin of GenericStateHelper: the same helper called with an immutable array.
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

public sealed class Box { public int N; }

public static class GenericStateHelper
{
    private static void Send<TState>(Slot<Box> slot, TState state) =>
        slot.RunOnAllThreads((box, s) => box.N++, state, () => { });

    public static void Run(Slot<Box> slot, string[] hosts)
    {
        Send(slot, hosts.ToImmutableArray());
    }
}
