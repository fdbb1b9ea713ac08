// Quiet twin of StaticEventSorts: the static constructor's handler only reads the list.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class StaticEventSorts
{
    public static event Action<List<string>>? Published;
    public static int Seen;

    static StaticEventSorts()
    {
        Published += hosts => Interlocked.Add(ref Seen, hosts.Count);
    }

    public static void Run(WorkerPool pool)
    {
        Slot<List<string>> slot = pool.AllocateSlot<List<string>>();
        var hosts = new List<string> { "b", "a" };
        hosts.Sort();
        slot.Publish(hosts);
        Published?.Invoke(hosts);
    }
}
