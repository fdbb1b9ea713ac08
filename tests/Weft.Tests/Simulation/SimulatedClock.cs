using System.Diagnostics;
using Weft.Threading;

namespace Weft.Tests.Simulation;

/// <summary>Time that moves only when the simulation says so; every simulated loop reads it.</summary>
internal sealed class SimulatedClock : IDispatcherClock
{
    // Far from zero, so no timestamp arithmetic in the loop meets a special value.
    private long _now = 1_000_000 * Stopwatch.Frequency / 1000;

    public long ElapsedMilliseconds { get; private set; }

    public long GetTimestamp() => _now;

    public void Advance(long milliseconds)
    {
        ElapsedMilliseconds += milliseconds;
        _now += milliseconds * Stopwatch.Frequency / 1000;
    }
}
