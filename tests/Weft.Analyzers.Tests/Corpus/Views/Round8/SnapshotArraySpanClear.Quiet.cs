// Twin: the worker copies the window first (ToArray) and writes the copy.
using System;
using Weft;

namespace Corpus.Views.R8.SnapshotArraySpanClearQuiet;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class RateWindow
{
    public int[] Counts { get; init; } = new int[60];
}
#pragma warning restore WEFT0001

public static class Window
{
    public static int[] Roll(int second)
    {
        var counts = RateWindow.Current.Counts.AsSpan().ToArray();
        counts.AsSpan(0, second).Clear();
        ref int slot = ref counts[second];
        slot++;
        return counts;
    }
}
