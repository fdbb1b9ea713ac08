// WEFT0002: the state of `RunOnAllThreads<TState>` is [Published]: adding to it afterwards writes what every worker
// reads. (WEFT0007 also reports the mutable state argument.)
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class Counter { public int N; }

public static class BroadcastStateWrite
{
    public static void Run(Slot<Counter> slot)
    {
        var extra = new List<int> { 1 };
        slot.RunOnAllThreads((c, s) => c.N += s.Count, extra, () => { }); // expect: WEFT0007
        extra.Add(2); // expect: WEFT0002
    }
}
