// A loop over a read-only span of the snapshot's data, summing into a local.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Views.SpanLoop;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public ImmutableArray<int> Values { get; init; }
}

public static class Reset
{
    public static int Total()
    {
        int total = 0;
        ReadOnlySpan<int> weights = Weights.Current.Values.AsSpan();
        for (int i = 0; i < weights.Length; i++)
        {
            total += weights[i];
        }

        return total;
    }
}
