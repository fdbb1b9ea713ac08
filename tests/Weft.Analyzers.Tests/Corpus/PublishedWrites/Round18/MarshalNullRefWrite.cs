// WEFT0002: a write through the ref `CollectionsMarshal.GetValueRefOrNullRef` hands back (a ref a library hands
// back into the published dictionary). Reading taken: GetValueRefOrNullRef adds nothing, so the write is the assignment
// through the ref, reported there (the page lists GetValueRefOrAddDefault itself as a write, not this one).
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
        slot.Publish(limits);
        ref int limit = ref CollectionsMarshal.GetValueRefOrNullRef(limits, "api");
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref limit))
            limit = 20; // expect: WEFT0002
    }
}
