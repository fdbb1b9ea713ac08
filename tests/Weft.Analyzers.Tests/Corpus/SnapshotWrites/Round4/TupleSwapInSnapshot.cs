// A round-robin picker rotates the shared order array by swapping two entries with a tuple assignment, and reverses
// it with Array.Reverse. Both write the snapshot's array (WEFT0003). A swap of two locals copied out of it is quiet.
// The string[] member is WEFT0001. Reading taken for the swap: one report for the statement (it is one write site).
using System;
using Weft;

namespace Corpus.Round4.TupleSwapInSnapshot;

[ThreadLocalSlot]
public sealed partial class RoundRobin
{
    public string[] Order { get; init; } = []; // expect: WEFT0001
}

public static class Picker
{
    public static string Next(int turn)
    {
        string[] order = RoundRobin.Current.Order;
        (order[0], order[turn % order.Length]) = (order[turn % order.Length], order[0]); // expect: WEFT0003
        if (turn % 100 == 0)
        {
            Array.Reverse(RoundRobin.Current.Order); // expect: WEFT0003
        }

        string first = order[0];
        string second = order[1];
        (first, second) = (second, first);
        return first;
    }
}
