// WEFT0002: `CollectionsMarshal.GetValueRefOrAddDefault` on a published dictionary (it adds the key), then `++`
// through the ref. Reading taken: the page names the call as the write; whether the `++` is a second report is not
// said, so the rule is expected once, on either line (#escape).
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
        slot.Publish(hits);
        ref int n = ref CollectionsMarshal.GetValueRefOrAddDefault(hits, "home", out _); // expect: WEFT0002 #escape
        n++; // expect: WEFT0002 #escape
    }
}
