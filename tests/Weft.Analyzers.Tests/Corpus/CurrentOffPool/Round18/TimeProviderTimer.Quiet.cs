// Quiet twin of TimeProviderTimer: the callback uses a value read on the loop.
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

public static class TimeProviderTimer
{
    public static int Seen;

    public static ITimer Start()
    {
        int max = Limits.Current.MaxBatch;
        return TimeProvider.System.CreateTimer(_ => Volatile.Write(ref Seen, max), null, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }
}
