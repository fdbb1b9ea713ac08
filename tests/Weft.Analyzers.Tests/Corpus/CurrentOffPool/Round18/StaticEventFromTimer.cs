// WEFT0005: a static field-like event raised from a System.Threading.Timer callback; a lambda handler reading
// `Current` in the file of the raise is reported at its read.
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

public static class StaticEventFromTimer
{
    public static event Action? Tick;
    private static readonly Timer s_timer = new(_ => Tick?.Invoke(), null, 0, 100);
    public static int Last;

    public static void Subscribe()
    {
        Tick += () => Last = Limits.Current.MaxBatch; // expect: WEFT0005
    }
}
