// Quiet twin of SetterAccessorWrites: every setter call runs before the publish; after it only the getter.
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
    public static string Run(WorkerPool pool)
    {
        Slot<Journal> slot = pool.AllocateSlot<Journal>();
        var journal = new Journal();
        journal.Last = "start";
        journal.Last = "late";
        slot.Publish(journal);
        return journal.Last;
    }
}
