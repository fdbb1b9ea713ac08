// Twin: `foreach (ref readonly …)` only reads.
using System;
using Weft;

namespace Corpus.Views.R8.ForeachRefOverSnapshotSpanQuiet;

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
        foreach (ref readonly var window in Limits.Current.Windows.AsSpan())
        {
            total += window.Count;
        }

        return total;
    }
}
