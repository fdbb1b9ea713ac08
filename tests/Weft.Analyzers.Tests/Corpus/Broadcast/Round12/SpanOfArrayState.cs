// An array built from a span (C# 13 `params ReadOnlySpan<int>`) with ToArray and broadcast as RunOnAllThreads state:
// the helper keeps the array and changes it afterwards (Sort), while workers read it: WEFT0007 for the argument, and
// WEFT0002 for the write after it ([Published]'s documentation: after the call it must not be changed again).
using System;
using Weft.Slots;

namespace Corpus.R12.SpanOfArrayState;

public sealed class Ports
{
    public int[] Open { get; set; } = [];
}

public static class Publisher
{
    public static void Push(Slot<Ports> slot, params ReadOnlySpan<int> ports)
    {
        int[] open = ports.ToArray();
        slot.RunOnAllThreads(static (p, o) => p.Open = o, open, () => { }); // expect: WEFT0007
        Array.Sort(open); // expect: WEFT0002
    }
}
