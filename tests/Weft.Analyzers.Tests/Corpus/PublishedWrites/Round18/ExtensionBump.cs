// WEFT0002: a user extension method that increments a field of its receiver, called on the published object.
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
        slot.Publish(tally);
        tally.Bump(); // expect: WEFT0002
    }
}
