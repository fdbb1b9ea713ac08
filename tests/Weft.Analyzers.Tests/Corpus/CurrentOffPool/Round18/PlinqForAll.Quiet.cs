// Quiet twin of PlinqForAll: Current is read once on the loop before the parallel query.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxBatch { get; init; }
}

public static class PlinqForAll
{
    public static int Total;

    public static void Run(int[] items)
    {
        int max = Limits.Current.MaxBatch;
        items.AsParallel().ForAll(i => Interlocked.Add(ref Total, i * max));
    }
}
