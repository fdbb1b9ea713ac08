// WEFT0005: a TimeProvider.System.CreateTimer callback runs on a pool thread; its Current read is reported.
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

    public static ITimer Start() =>
        TimeProvider.System.CreateTimer(_ => Seen = Limits.Current.MaxBatch, null, TimeSpan.Zero, TimeSpan.FromSeconds(1)); // expect: WEFT0005
}
