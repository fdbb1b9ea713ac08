// Quiet twin of CollectionsMarshalOnCurrent: the same CollectionsMarshal calls on a list the worker builds from the
// snapshot's immutable array; the snapshot is only read (a `ref readonly` local).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.CollectionsMarshalOnCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Counters
{
    public ImmutableArray<int> Buckets { get; init; } = ImmutableArray<int>.Empty;
}

public static class Worker
{
    public static int Bump(int i)
    {
        var mine = new List<int>(Counters.Current.Buckets);
        var span = CollectionsMarshal.AsSpan(mine);
        span[i] = 1;
        int total = 0;
        var shared = Counters.Current.Buckets.AsSpan();
        for (int j = 0; j < shared.Length; j++)
        {
            ref readonly int bucket = ref shared[j];
            total += bucket;
        }

        CollectionsMarshal.SetCount(mine, 0);
        return total;
    }
}
