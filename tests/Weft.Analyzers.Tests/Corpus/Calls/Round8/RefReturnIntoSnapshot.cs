// WEFT0003: a helper returns a ref into an array of the snapshot it is given; the caller increments through it.
using Weft;

namespace Corpus.Calls.R8.RefReturnIntoSnapshot;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class RateTable
{
    public long[] Used { get; init; } = new long[16];
}
#pragma warning restore WEFT0001

public static class Usage
{
    private static ref long For(RateTable table, int route) => ref table.Used[route & 15];

    public static void Hit(int route) => For(RateTable.Current, route)++; // expect: WEFT0003
}
