// WEFT0002: a compound assignment (`+=`) to an element of a published array is a write after the publish.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class CompoundElement
{
    public static void Run(WorkerPool pool)
    {
        Slot<int[]> slot = pool.AllocateSlot<int[]>();
        var weights = new int[4];
        slot.Publish(weights);
        weights[0] += 1; // expect: WEFT0002
    }
}
