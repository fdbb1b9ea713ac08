// Quiet twin of TupleAlias: the alias writes before the publish.
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
        names.Add("b" + count);
        slot.Publish(list);
    }
}
