// Quiet twin of SpanSortFillOnCurrent: the snapshot's values are copied into a stack buffer (CopyTo with the snapshot as
// source) and the sort, reverse and fill run on that buffer.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.SpanSortFillOnCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Scores
{
    public ImmutableArray<int> Values { get; init; } = ImmutableArray.Create(new int[8]);
}

public static class Worker
{
    public static int Normalize(ReadOnlySpan<int> incoming)
    {
        Span<int> all = stackalloc int[Scores.Current.Values.Length];
        Scores.Current.Values.AsSpan().CopyTo(all);
        all.Sort();
        all[..4].Reverse();
        all[4..].Fill(0);
        incoming[..2].CopyTo(all);
        return all[0];
    }
}
