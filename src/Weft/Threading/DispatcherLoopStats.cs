using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;

namespace Weft.Threading;

/// <summary>
/// The counters a dispatcher's loop keeps about itself, apart from the loop: iterations, callbacks, timers, parks and
/// wake-ups, exceptions, lateness and loop duration, work discarded and continuations refused at exit. The loop
/// thread writes most of them with plain stores published by <see cref="Volatile"/>; the two a posting thread counts
/// (<see cref="CountWakeup"/>, <see cref="CountContinuationAfterExit"/>) use <see cref="Interlocked"/>.
/// </summary>
/// <remarks>
/// The loop writes here on every iteration; producers read the dispatcher's queue and parked flag on every post. The
/// counters sit in their own object, behind a cache line of padding and with the producers' two counters a line apart, so those writes never invalidate a
/// line a producer reads.
/// </remarks>
[StructLayout(LayoutKind.Explicit)]
internal sealed class DispatcherLoopStats
{
    private const int First = 64;

    [FieldOffset(First + (0 * 8))]
    private long _iterations;
    [FieldOffset(First + (1 * 8))]
    private long _callbacksRun;
    [FieldOffset(First + (2 * 8))]
    private long _timersFired;
    [FieldOffset(First + (3 * 8))]
    private long _parks;
    [FieldOffset(First + (4 * 8))]
    private long _unhandledExceptions;
    [FieldOffset(First + (5 * 8))]
    private long _discardedAtExit;
    [FieldOffset(First + (6 * 8))]
    private long _lastLoopTicks;
    [FieldOffset(First + (7 * 8))]
    private long _maxLoopTicks;
    [FieldOffset(First + (8 * 8))]
    private long _lastPollDelayTicks;
    [FieldOffset(First + (9 * 8))]
    private long _maxPollDelayTicks;

    // Counted by posting threads: a line of their own, so a wake-up does not take the loop's counters with it.
    [FieldOffset(First + (10 * 8) + 64)]
    private long _wakeups;
    [FieldOffset(First + (11 * 8) + 64)]
    private long _continuationsAfterExit;

    /// <summary>Loop thread: one more iteration.</summary>
    public void CountIteration() => Volatile.Write(ref _iterations, _iterations + 1);

    /// <summary>Loop thread: <paramref name="count"/> posted callbacks ran (including ones that threw).</summary>
    public void CountCallbacks(long count) => Volatile.Write(ref _callbacksRun, _callbacksRun + count);

    /// <summary>Loop thread: a timer callback is about to run.</summary>
    public void CountTimerFired() => Volatile.Write(ref _timersFired, _timersFired + 1);

    /// <summary>Loop thread: the loop announced a park.</summary>
    public void CountPark() => Volatile.Write(ref _parks, _parks + 1);

    /// <summary>Loop thread: a callback, timer, file event or deferred delete threw.</summary>
    public void CountUnhandledException() => Volatile.Write(ref _unhandledExceptions, _unhandledExceptions + 1);

    /// <summary>Loop thread, at exit: how many queued callbacks were discarded.</summary>
    public void SetDiscardedAtExit(long count) => Volatile.Write(ref _discardedAtExit, count);

    /// <summary>Any thread: a producer woke the parked loop.</summary>
    public void CountWakeup() => Interlocked.Increment(ref _wakeups);

    /// <summary>Any thread: a continuation reached the loop after it exited. Returns the new total.</summary>
    public long CountContinuationAfterExit() => Interlocked.Increment(ref _continuationsAfterExit);

    /// <summary>Loop thread: how long (in <see cref="Stopwatch"/> ticks) a busy iteration ran.</summary>
    public void RecordLoopDuration(long ticks)
    {
        Volatile.Write(ref _lastLoopTicks, ticks);
        if (ticks > _maxLoopTicks)
        {
            Volatile.Write(ref _maxLoopTicks, ticks);
        }
    }

    /// <summary>Loop thread: how late (in <see cref="Stopwatch"/> ticks) the loop woke for a timer deadline it slept towards.</summary>
    public void RecordPollDelay(long ticks)
    {
        Volatile.Write(ref _lastPollDelayTicks, ticks);
        if (ticks > _maxPollDelayTicks)
        {
            Volatile.Write(ref _maxPollDelayTicks, ticks);
        }
    }

    /// <summary>Any thread: the counters now, with the figures the loop does not keep here.</summary>
    public DispatcherStats Snapshot(long queueDepth, long fileEventsRun, long fileEventFailures) => new()
    {
        Iterations = Volatile.Read(ref _iterations),
        CallbacksRun = Volatile.Read(ref _callbacksRun),
        TimersFired = Volatile.Read(ref _timersFired),
        Wakeups = Interlocked.Read(ref _wakeups),
        Parks = Volatile.Read(ref _parks),
        UnhandledExceptions = Volatile.Read(ref _unhandledExceptions),
        DiscardedAtExit = Volatile.Read(ref _discardedAtExit),
        ContinuationsAfterExit = Interlocked.Read(ref _continuationsAfterExit),
        QueueDepth = queueDepth,
        FileEventsRun = fileEventsRun,
        FileEventFailures = fileEventFailures,
        LastLoopDuration = Stopwatch.GetElapsedTime(0, Volatile.Read(ref _lastLoopTicks)),
        MaxLoopDuration = Stopwatch.GetElapsedTime(0, Volatile.Read(ref _maxLoopTicks)),
        LastPollDelay = Stopwatch.GetElapsedTime(0, Volatile.Read(ref _lastPollDelayTicks)),
        MaxPollDelay = Stopwatch.GetElapsedTime(0, Volatile.Read(ref _maxPollDelayTicks)),
    };
}
