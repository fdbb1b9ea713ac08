// Twin: `ref readonly` locals over a ReadOnlySpan only read.
using System;
using Weft;

namespace Corpus.Views.R8.RefLocalLoopOverSnapshotSpanQuiet;

public struct Window
{
    public int Count;
}

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Limits
{
    public Window[] Windows { get; init; } = new Window[8];
}
#pragma warning restore WEFT0001

public static class Roller
{
    public static int Total()
    {
        int total = 0;
        ReadOnlySpan<Window> windows = Limits.Current.Windows;
        for (int i = 0; i < windows.Length; i++)
        {
            ref readonly var window = ref windows[i];
            total += window.Count;
        }

        return total;
    }
}
