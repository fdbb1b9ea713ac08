// Quiet twin of BroadcastStateWrite: the state is built whole and immutable.
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
        extra.Add(2);
        slot.RunOnAllThreads((c, s) => c.N += s.Length, extra.ToImmutableArray(), () => { });
    }
}
