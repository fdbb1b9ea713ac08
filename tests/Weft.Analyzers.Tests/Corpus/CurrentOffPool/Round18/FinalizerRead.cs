// WEFT0005: a finalizer runs on the GC's finalizer thread; a `Current` read in it is reported.
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

public sealed class Buffers
{
    public static int Released;

    ~Buffers()
    {
        Interlocked.Add(ref Released, Limits.Current.MaxBatch); // expect: WEFT0005
    }
}
