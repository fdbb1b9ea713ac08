// WEFT0005: a System.Timers.Timer Elapsed handler (a lambda) runs on the pool; its Current read is reported.
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

public static class TimersElapsedLambda
{
    public static int Seen;

    public static System.Timers.Timer Start()
    {
        var timer = new System.Timers.Timer(100);
        timer.Elapsed += (_, _) => Seen = Limits.Current.MaxBatch; // expect: WEFT0005
        timer.Start();
        return timer;
    }
}
