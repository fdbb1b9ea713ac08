// WEFT0002: a write through a `ref` local bound to an element of a published array (an alias of its memory).
// Reading taken: the write is reported where it happens (the assignment through the ref), not at the `ref` binding.
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
    public static void Run(WorkerPool pool)
    {
        Slot<long[]> slot = pool.AllocateSlot<long[]>();
        var totals = new long[8];
        slot.Publish(totals);
        ref long cell = ref totals[3];
        cell = 42; // expect: WEFT0002
    }
}
