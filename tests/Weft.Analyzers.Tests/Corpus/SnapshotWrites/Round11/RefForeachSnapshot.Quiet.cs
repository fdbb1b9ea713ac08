// Quiet twin: a `ref readonly` local over a ReadOnlySpan only reads; the worker sums into a local.
using System;
using Weft;

namespace Corpus.R11.RefForeachSnapshotQuiet;

[ThreadLocalSlot]
public sealed partial class Budget
{
    public long[] Remaining { get; init; } = new long[4]; // expect: WEFT0001
}

public static class Spender
{
    public static long Spend(long amount)
    {
        long total = 0;
        ReadOnlySpan<long> remaining = Budget.Current.Remaining;
        for (int i = 0; i < remaining.Length; i++)
        {
            ref readonly var left = ref remaining[i];
            total += left - amount;
        }

        return total;
    }
}
