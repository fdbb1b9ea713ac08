// WEFT0007: a generic helper passing its `T` on as the [Published] state of `Slot<T>.RunOnAllThreads<TState>`,
// judged at each call with the caller's type: `Send(slot, hosts.ToList())` is reported there.
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
        Send(slot, hosts.ToList()); // expect: WEFT0007
    }
}
