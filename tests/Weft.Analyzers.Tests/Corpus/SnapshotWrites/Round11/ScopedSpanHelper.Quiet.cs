// Quiet twin: the helper is given a span over the worker's own copy (a collection-expression spread).
using System;
using Weft;

namespace Corpus.R11.ScopedSpanHelperQuiet;

[ThreadLocalSlot]
public sealed partial class Counters
{
    public int[] Buckets { get; init; } = new int[8]; // expect: WEFT0001
}

public static class Histogram
{
    private static void Bump(scoped Span<int> buckets) => buckets[0]++;

    public static int[] Record()
    {
        int[] mine = [.. Counters.Current.Buckets];
        Bump(mine.AsSpan());
        return mine;
    }
}
