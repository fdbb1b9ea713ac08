// Quiet twin of MarshalNullRefWrite: the dictionary is finished (through the same ref) before the publish.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class MarshalNullRefWrite
{
    public static void Run(WorkerPool pool)
    {
        Slot<Dictionary<string, int>> slot = pool.AllocateSlot<Dictionary<string, int>>();
        var limits = new Dictionary<string, int> { ["api"] = 10 };
        ref int limit = ref CollectionsMarshal.GetValueRefOrNullRef(limits, "api");
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref limit))
            limit = 20;
        slot.Publish(limits);
    }
}
