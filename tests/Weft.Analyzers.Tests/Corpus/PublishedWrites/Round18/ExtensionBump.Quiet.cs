// Quiet twin of ExtensionBump: bumped before the publish.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class Tally { public int Count; }

public static class TallyExtensions
{
    public static void Bump(this Tally t) => t.Count++;
}

public static class ExtensionBump
{
    public static void Run(WorkerPool pool)
    {
        Slot<Tally> slot = pool.AllocateSlot<Tally>();
        var tally = new Tally();
        tally.Bump();
        slot.Publish(tally);
    }
}
