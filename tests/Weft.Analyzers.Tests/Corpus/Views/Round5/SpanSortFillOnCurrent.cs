// WEFT0003: span views over a snapshot's array changed in place by Span<T>.Sort, MemoryExtensions.Reverse, Fill and
// CopyTo-as-destination; the span is a view, not a copy.
using System;
using Weft;

namespace Corpus5a.SpanSortFillOnCurrent;

[ThreadLocalSlot]
public sealed partial class Scores
{
    public int[] Values { get; init; } = new int[8]; // expect: WEFT0001
}

public static class Worker
{
    public static void Normalize(ReadOnlySpan<int> incoming)
    {
        Span<int> all = Scores.Current.Values;
        all.Sort(); // expect: WEFT0003
        all[..4].Reverse(); // expect: WEFT0003
        Scores.Current.Values.AsSpan(4).Fill(0); // expect: WEFT0003
        incoming.CopyTo(Scores.Current.Values.AsSpan(2)); // expect: WEFT0003
    }
}
