// WEFT0003: `foreach (ref var …)` over a span of the snapshot's struct array writes each element.
using System;
using Weft;

namespace Corpus.Views.R8.ForeachRefOverSnapshotSpan;

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
    public static void ResetAll()
    {
        foreach (ref var window in Limits.Current.Windows.AsSpan())
        {
            window.Count = 0; // expect: WEFT0003
        }
    }
}
