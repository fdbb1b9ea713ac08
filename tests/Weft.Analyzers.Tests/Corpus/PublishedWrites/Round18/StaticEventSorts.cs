// WEFT0002: a static field-like event whose handler, added in the static constructor, sorts the list; raising it
// with the published list is reported at the raise (the page: "a static constructor's for a static event").
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

    static StaticEventSorts()
    {
        Published += hosts => hosts.Sort();
    }

    public static void Run(WorkerPool pool)
    {
        Slot<List<string>> slot = pool.AllocateSlot<List<string>>();
        var hosts = new List<string> { "b", "a" };
        slot.Publish(hosts);
        Published?.Invoke(hosts); // expect: WEFT0002
    }
}
