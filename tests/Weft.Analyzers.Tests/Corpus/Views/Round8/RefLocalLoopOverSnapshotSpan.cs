// WEFT0003: a ref local into a span element of the snapshot's struct array, written in a for loop (the
// `foreach (ref var …)` form does not compile at the corpus' language version).
using System;
using Weft;

namespace Corpus.Views.R8.RefLocalLoopOverSnapshotSpan;

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
        var windows = Limits.Current.Windows.AsSpan();
        for (int i = 0; i < windows.Length; i++)
        {
            ref var window = ref windows[i];
            window.Count = 0; // expect: WEFT0003
        }
    }
}
