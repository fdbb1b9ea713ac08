// WEFT0002: recycling the previous published list in onAllApplied through a method group (`previous.Clear`) instead of
// a lambda; the page: onAllApplied does not end a publication. Reading taken: reported at the argument on that line.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class OnAllAppliedMethodGroup
{
    public static void Run(Slot<List<string>> slot)
    {
        var previous = new List<string> { "v1" };
        slot.Publish(previous);
        var next = new List<string> { "v2" };
        slot.Publish(next, previous.Clear); // expect: WEFT0002
    }
}
