// WEFT0005: a handler added to an event with its own `add` accessor keeping it in a delegate field that the type
// invokes inside `Task.Run`: the handler's `Current` read (same file as the raise) is reported at the read.
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

public sealed class Clock
{
    private Action? _tick;

    public event Action Tick
    {
        add => _tick += value;
        remove => _tick -= value;
    }

    public void Start() => Task.Run(() => _tick?.Invoke());
}

public static class CustomAddAccessorEvent
{
    public static int Seen;

    public static void Wire(Clock clock)
    {
        clock.Tick += () => Seen = Limits.Current.MaxBatch; // expect: WEFT0005
        clock.Start();
    }
}
