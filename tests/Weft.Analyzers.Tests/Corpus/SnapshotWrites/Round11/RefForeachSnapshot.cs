// A `ref var` local taken in a loop over a span of the snapshot's array: a ref into shared data. (`foreach (ref …)`
// over a span does not compile in the harness, see RefForeachAfterPublish.)
using System;
using Weft;

namespace Corpus.R11.RefForeachSnapshot;

[ThreadLocalSlot]
public sealed partial class Budget
{
    public long[] Remaining { get; init; } = new long[4]; // expect: WEFT0001
}

public static class Spender
{
    public static void Spend(long amount)
    {
        Span<long> remaining = Budget.Current.Remaining.AsSpan();
        for (int i = 0; i < remaining.Length; i++)
        {
            ref var left = ref remaining[i];
            left -= amount; // expect: WEFT0003
        }
    }
}
