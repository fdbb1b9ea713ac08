// Quiet twin of CustomAddAccessorEvent: the handler uses a value read on the loop before subscribing.
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
        int max = Limits.Current.MaxBatch;
        clock.Tick += () => Volatile.Write(ref Seen, max);
        clock.Start();
    }
}
