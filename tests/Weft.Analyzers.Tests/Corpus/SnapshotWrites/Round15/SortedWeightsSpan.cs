// Round 15, WEFT0003, a short request handler: it answers the top weights of the current snapshot. It sorts through
// a span over the snapshot's own array (`AsSpan().Sort()` sorts that array in place). The snapshot's int[] member is
// reported by WEFT0001 in both twins.
using System;
using Weft;

namespace Corpus.Round15.SortedWeightsSpan;

[ThreadLocalSlot]
public sealed partial class Balancer
{
    public int[] Weights { get; init; } = []; // expect: WEFT0001
}

public static class TopWeightsHandler
{
    public static int[] Top(int count)
    {
        var weights = Balancer.Current.Weights;
        Span<int> view = weights.AsSpan();
        view.Sort(static (a, b) => b.CompareTo(a)); // expect: WEFT0003
        return view[..Math.Min(count, view.Length)].ToArray();
    }
}
