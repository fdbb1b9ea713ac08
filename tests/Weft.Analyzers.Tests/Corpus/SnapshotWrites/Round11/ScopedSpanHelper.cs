// A helper taking a `scoped Span<int>` increments its first element; called with a span over the snapshot's array it
// writes the shared array. Reading taken: reported at the call or in the helper (#escape).
using System;
using Weft;

namespace Corpus.R11.ScopedSpanHelper;

[ThreadLocalSlot]
public sealed partial class Counters
{
    public int[] Buckets { get; init; } = new int[8]; // expect: WEFT0001
}

public static class Histogram
{
    private static void Bump(scoped Span<int> buckets) => buckets[0]++; // expect: WEFT0003 #escape

    public static void Record()
    {
        Bump(Counters.Current.Buckets.AsSpan()); // expect: WEFT0003 #escape
    }
}
