// Quiet twin of TimersElapsedLambda: the value is read on the loop; the timer uses the copy.
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
        int max = Limits.Current.MaxBatch;
        var timer = new System.Timers.Timer(100);
        timer.Elapsed += (_, _) => Volatile.Write(ref Seen, max);
        timer.Start();
        return timer;
    }
}
