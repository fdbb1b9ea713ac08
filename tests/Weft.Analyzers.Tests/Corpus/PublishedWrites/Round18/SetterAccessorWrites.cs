// WEFT0002: assigning a property whose own `set` accessor adds to a list of the object is a call of that accessor
// (a write of the published object), reported at the assignment.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class Journal
{
    private readonly List<string> _lines = new();
    public string Last { get => _lines.Count == 0 ? "" : _lines[^1]; set => _lines.Add(value); }
}

public static class SetterAccessorWrites
{
    public static void Run(WorkerPool pool)
    {
        Slot<Journal> slot = pool.AllocateSlot<Journal>();
        var journal = new Journal();
        journal.Last = "start";
        slot.Publish(journal);
        journal.Last = "late"; // expect: WEFT0002
    }
}
