// WEFT0003: a span over a snapshot's array is cleared on a worker; a ref local into it is incremented.
using System;
using Weft;

namespace Corpus.Views.R8.SnapshotArraySpanClear;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class RateWindow
{
    public int[] Counts { get; init; } = new int[60];
}
#pragma warning restore WEFT0001

public static class Window
{
    public static void Roll(int second)
    {
        var counts = RateWindow.Current.Counts;
        counts.AsSpan(0, second).Clear(); // expect: WEFT0003
        ref int slot = ref counts[second];
        slot++; // expect: WEFT0003
    }
}
