// Quiet twin of OnAllAppliedMethodGroup: onAllApplied does not touch the old list; it goes to the GC.
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
    public static int Applied;

    public static void Run(Slot<List<string>> slot)
    {
        var previous = new List<string> { "v1" };
        slot.Publish(previous);
        var next = new List<string> { "v2" };
        slot.Publish(next, () => Interlocked.Increment(ref Applied));
    }
}
