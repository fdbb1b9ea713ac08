using System.Diagnostics;

namespace Weft.Threading;

/// <summary>
/// Where a dispatcher reads the time, in <see cref="Stopwatch"/> ticks. The loop reads <see cref="Stopwatch"/>
/// directly when none is given (a null check, free in production); a simulation gives one whose time it moves.
/// </summary>
internal interface IDispatcherClock
{
    /// <summary>Now, in <see cref="Stopwatch"/> ticks (<see cref="Stopwatch.Frequency"/> per second).</summary>
    long GetTimestamp();
}
