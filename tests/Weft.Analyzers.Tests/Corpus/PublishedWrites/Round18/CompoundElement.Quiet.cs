// Quiet twin of CompoundElement: the compound assignment runs before the publish (build completely first).
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
        weights[0] += 1;
        slot.Publish(weights);
    }
}
