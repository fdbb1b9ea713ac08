// Quiet twin of MarshalAddDefaultIncrement: counted before the publish.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class MarshalAddDefaultIncrement
{
    public static void Run(WorkerPool pool)
    {
        Slot<Dictionary<string, int>> slot = pool.AllocateSlot<Dictionary<string, int>>();
        var hits = new Dictionary<string, int>();
        ref int n = ref CollectionsMarshal.GetValueRefOrAddDefault(hits, "home", out _);
        n++;
        slot.Publish(hits);
    }
}
