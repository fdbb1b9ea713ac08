// A loop over a span of the snapshot's array writes every element in place.
using System;
using Weft;

namespace Corpus.Views.SpanLoop;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public int[] Values { get; init; } = []; // expect: WEFT0001
}

public static class Reset
{
    public static void Flatten()
    {
        Span<int> weights = Weights.Current.Values;
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = 1; // expect: WEFT0003
        }
    }
}
