// WEFT0002: an alias made by tuple deconstruction (`var (names, n) = (list, 1);`) writes the published list.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class TupleAlias
{
    public static void Run(WorkerPool pool)
    {
        Slot<List<string>> slot = pool.AllocateSlot<List<string>>();
        var list = new List<string> { "a" };
        var (names, count) = (list, 1);
        slot.Publish(list);
        names.Add("b" + count); // expect: WEFT0002
    }
}
