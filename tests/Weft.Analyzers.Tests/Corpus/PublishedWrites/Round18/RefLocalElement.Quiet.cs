// Quiet twin of RefLocalElement: the ref write runs before the publish; after it only reads.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class RefLocalElement
{
    public static long Run(WorkerPool pool)
    {
        Slot<long[]> slot = pool.AllocateSlot<long[]>();
        var totals = new long[8];
        ref long cell = ref totals[3];
        cell = 42;
        slot.Publish(totals);
        ref readonly long seen = ref totals[3];
        return seen;
    }
}
