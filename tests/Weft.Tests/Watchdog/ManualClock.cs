using System;
using System.Diagnostics;
using System.Threading;
using Weft.Threading;

namespace Weft.Tests.Watchdog;

/// <summary>Time that moves only when a test advances it; read by every loop of a pool and by the test's checks.</summary>
internal sealed class ManualClock : IDispatcherClock
{
    // Starts at the real time so the guard dog's initial touches (read before a loop's first iteration) are comparable.
    private long _now = Stopwatch.GetTimestamp();

    public long GetTimestamp() => Interlocked.Read(ref _now);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _now, (long)(by.TotalSeconds * Stopwatch.Frequency));
}
