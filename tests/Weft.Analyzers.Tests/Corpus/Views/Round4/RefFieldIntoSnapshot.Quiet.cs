// Quiet twin of RefFieldIntoSnapshot: the snapshot holds an ImmutableArray; the cursor points into a stackalloc'd
// copy, so the write through the ref field lands in the method's own stack memory.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.RefFieldIntoSnapshotQuiet;

public ref struct Cell
{
    public ref int Value;

    public Cell(ref int value) => Value = ref value;
}

[ThreadLocalSlot]
public sealed partial class Weights
{
    public ImmutableArray<int> Values { get; init; } = ImmutableArray<int>.Empty;
}

public static class WeightCursor
{
    public static int Penalise(int index)
    {
        Span<int> scratch = stackalloc int[Weights.Current.Values.Length];
        Weights.Current.Values.CopyTo(scratch);
        var cell = new Cell(ref scratch[index]);
        cell.Value -= 10;
        return scratch[index];
    }
}
