// Twin: the ref is read into a local long and the local is incremented.
using Weft;

namespace Corpus.Calls.R8.RefReturnIntoSnapshotQuiet;

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

    public static long Hit(int route)
    {
        long used = For(RateTable.Current, route);
        used++;
        return used;
    }
}
