// Quiet twin of ArrayResizeSnapshotField: Array.Resize on a local copy of the snapshot's immutable array (ToArray),
// and Array.Copy with the snapshot's data only as the source.
using System;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.ArrayResizeSnapshotFieldQuiet;

[ThreadLocalSlot]
public sealed partial class Ring
{
    public readonly ImmutableArray<int> Buffer = ImmutableArray.Create(new int[4]);
}

public static class Worker
{
    public static int Grow(int[] incoming)
    {
        var buffer = Ring.Current.Buffer.ToArray();
        Array.Resize(ref buffer, 16);
        Ring.Current.Buffer.CopyTo(incoming);
        Array.Copy(Ring.Current.Buffer.ToArray(), buffer, 4);
        return buffer.Length;
    }
}
