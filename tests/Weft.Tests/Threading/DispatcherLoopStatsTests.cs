using System;
using System.Diagnostics;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// The loop's own counters, apart from a running loop: each call moves its own figure and no other, the exit figures
/// are set rather than added, and the duration figures keep the last value and the largest one separately.
/// </summary>
public sealed class DispatcherLoopStatsTests
{
    [Fact]
    public void Each_counter_moves_only_its_own_figure_and_the_snapshot_carries_the_figures_passed_in()
    {
        var stats = new DispatcherLoopStats();
        for (int i = 0; i < 3; i++)
        {
            stats.CountIteration();
        }

        stats.CountCallbacks(5);
        stats.CountCallbacks(2);
        stats.CountTimerFired();
        stats.CountPark();
        stats.CountPark();
        for (int i = 0; i < 4; i++)
        {
            stats.CountUnhandledException();
        }

        for (int i = 0; i < 6; i++)
        {
            stats.CountWakeup();
        }

        Assert.Equal(1, stats.CountContinuationAfterExit());
        Assert.Equal(2, stats.CountContinuationAfterExit());
        stats.SetDiscardedAtExit(7);
        stats.SetDiscardedAtExit(9);

        DispatcherStats snapshot = stats.Snapshot(queueDepth: 11, fileEventsRun: 12, fileEventFailures: 13);

        Assert.Equal(3, snapshot.Iterations);
        Assert.Equal(7, snapshot.CallbacksRun);
        Assert.Equal(1, snapshot.TimersFired);
        Assert.Equal(2, snapshot.Parks);
        Assert.Equal(4, snapshot.UnhandledExceptions);
        Assert.Equal(6, snapshot.Wakeups);
        Assert.Equal(2, snapshot.ContinuationsAfterExit);
        Assert.Equal(9, snapshot.DiscardedAtExit);
        Assert.Equal(11, snapshot.QueueDepth);
        Assert.Equal(12, snapshot.FileEventsRun);
        Assert.Equal(13, snapshot.FileEventFailures);
        Assert.Equal(TimeSpan.Zero, snapshot.LastLoopDuration);
        Assert.Equal(TimeSpan.Zero, snapshot.MaxLoopDuration);
        Assert.Equal(TimeSpan.Zero, snapshot.LastPollDelay);
        Assert.Equal(TimeSpan.Zero, snapshot.MaxPollDelay);
    }

    [Fact]
    public void Loop_duration_keeps_the_last_iteration_and_the_longest_one_separately()
    {
        var stats = new DispatcherLoopStats();
        long second = Stopwatch.Frequency;

        stats.RecordLoopDuration(5 * second);
        Assert.Equal(TimeSpan.FromSeconds(5), stats.Snapshot(0, 0, 0).LastLoopDuration);
        Assert.Equal(TimeSpan.FromSeconds(5), stats.Snapshot(0, 0, 0).MaxLoopDuration);

        stats.RecordLoopDuration(3 * second);
        Assert.Equal(TimeSpan.FromSeconds(3), stats.Snapshot(0, 0, 0).LastLoopDuration);
        Assert.Equal(TimeSpan.FromSeconds(5), stats.Snapshot(0, 0, 0).MaxLoopDuration);

        stats.RecordLoopDuration(8 * second);
        Assert.Equal(TimeSpan.FromSeconds(8), stats.Snapshot(0, 0, 0).LastLoopDuration);
        Assert.Equal(TimeSpan.FromSeconds(8), stats.Snapshot(0, 0, 0).MaxLoopDuration);

        // The poll-delay pair is a separate figure: untouched by loop durations.
        Assert.Equal(TimeSpan.Zero, stats.Snapshot(0, 0, 0).LastPollDelay);
        Assert.Equal(TimeSpan.Zero, stats.Snapshot(0, 0, 0).MaxPollDelay);
    }

    [Fact]
    public void Poll_delay_keeps_the_last_wake_and_the_latest_one_apart_from_the_largest()
    {
        var stats = new DispatcherLoopStats();
        long second = Stopwatch.Frequency;

        stats.RecordPollDelay(4 * second);
        Assert.Equal(TimeSpan.FromSeconds(4), stats.Snapshot(0, 0, 0).LastPollDelay);
        Assert.Equal(TimeSpan.FromSeconds(4), stats.Snapshot(0, 0, 0).MaxPollDelay);

        stats.RecordPollDelay(1 * second);
        Assert.Equal(TimeSpan.FromSeconds(1), stats.Snapshot(0, 0, 0).LastPollDelay);
        Assert.Equal(TimeSpan.FromSeconds(4), stats.Snapshot(0, 0, 0).MaxPollDelay);

        stats.RecordPollDelay(6 * second);
        Assert.Equal(TimeSpan.FromSeconds(6), stats.Snapshot(0, 0, 0).LastPollDelay);
        Assert.Equal(TimeSpan.FromSeconds(6), stats.Snapshot(0, 0, 0).MaxPollDelay);

        Assert.Equal(TimeSpan.Zero, stats.Snapshot(0, 0, 0).LastLoopDuration);
        Assert.Equal(TimeSpan.Zero, stats.Snapshot(0, 0, 0).MaxLoopDuration);
    }
}
