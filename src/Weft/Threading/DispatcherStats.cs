using System;

namespace Weft.Threading;

/// <summary>
/// A snapshot of a dispatcher's loop statistics. Written by the loop thread alone; a read from another thread may
/// mix values from adjacent iterations, never torn ones.
/// </summary>
public readonly record struct DispatcherStats
{
    /// <summary>Loop iterations run.</summary>
    public long Iterations { get; init; }

    /// <summary>Posted callbacks run (including ones that threw).</summary>
    public long CallbacksRun { get; init; }

    /// <summary>Timer callbacks run (including ones that threw; those are also counted in <see cref="UnhandledExceptions"/>).</summary>
    public long TimersFired { get; init; }

    /// <summary>Times a producer woke the parked loop: at most one per park, never one per post.</summary>
    public long Wakeups { get; init; }

    /// <summary>Times the loop announced it would park (a producer may wake it before it blocks).</summary>
    public long Parks { get; init; }

    /// <summary>Exceptions thrown by callbacks, timers and deferred deletes.</summary>
    public long UnhandledExceptions { get; init; }

    /// <summary>Callbacks queued at exit and not run (only under <see cref="QueuedWorkAtExit.Discard"/>).</summary>
    public long DiscardedAtExit { get; init; }

    /// <summary>File-event callbacks run (including ones that threw).</summary>
    public long FileEventsRun { get; init; }

    /// <summary>File-event callbacks that threw (also counted in <see cref="UnhandledExceptions"/>).</summary>
    public long FileEventFailures { get; init; }

    /// <summary>
    /// <c>await</c> continuations and scheduled tasks that reached the dispatcher after its loop exited: dropped, never
    /// run on another thread, never thrown to the thread that completed the awaited task. The first is logged.
    /// </summary>
    public long ContinuationsAfterExit { get; init; }

    /// <summary>
    /// Callbacks queued now (approximate): queue positions, one per post, except that a post whose value state travels
    /// inline takes one per 32 bytes of state (up to 4).
    /// </summary>
    public long QueueDepth { get; init; }

    /// <summary>Time the last busy iteration spent running work.</summary>
    public TimeSpan LastLoopDuration { get; init; }

    /// <summary>The longest iteration so far.</summary>
    public TimeSpan MaxLoopDuration { get; init; }

    /// <summary>How late the loop woke for its last timer deadline (scheduler and poll delay).</summary>
    public TimeSpan LastPollDelay { get; init; }

    /// <summary>The largest poll delay so far.</summary>
    public TimeSpan MaxPollDelay { get; init; }
}
