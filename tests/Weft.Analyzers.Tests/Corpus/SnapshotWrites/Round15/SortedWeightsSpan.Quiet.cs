// Round 15, WEFT0003 quiet twin: the handler sorts a copy made with a collection expression.
using System;
using Weft;

namespace Corpus.Round15.SortedWeightsSpanQuiet;

[ThreadLocalSlot]
public sealed partial class Balancer
{
    public int[] Weights { get; init; } = []; // expect: WEFT0001
}

public static class TopWeightsHandler
{
    public static int[] Top(int count)
    {
        int[] weights = [.. Balancer.Current.Weights];
        Span<int> view = weights.AsSpan();
        view.Sort(static (a, b) => b.CompareTo(a));
        return view[..Math.Min(count, view.Length)].ToArray();
    }
}
