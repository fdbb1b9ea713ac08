// Quiet twin of TupleSwapInSnapshot: the order is an ImmutableArray; the picker copies it into an array of its own
// (AsSpan().ToArray() copies) and swaps and reverses the copy.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.TupleSwapInSnapshotQuiet;

[ThreadLocalSlot]
public sealed partial class RoundRobin
{
    public ImmutableArray<string> Order { get; init; } = ImmutableArray<string>.Empty;
}

public static class Picker
{
    public static string Next(int turn)
    {
        string[] order = RoundRobin.Current.Order.AsSpan().ToArray();
        (order[0], order[turn % order.Length]) = (order[turn % order.Length], order[0]);
        if (turn % 100 == 0)
        {
            Array.Reverse(order);
        }

        return order[0];
    }
}
