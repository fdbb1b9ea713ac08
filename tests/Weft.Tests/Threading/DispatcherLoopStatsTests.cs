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

    [Theory]
    [InlineData("loop duration")]
    [InlineData("poll delay")]
    public void A_duration_figure_keeps_the_last_value_and_the_largest_apart_and_leaves_the_other_figure_alone(string figure)
    {
        var stats = new DispatcherLoopStats();
        bool loop = figure == "loop duration";
        Action<long> record = loop ? stats.RecordLoopDuration : stats.RecordPollDelay;
        (TimeSpan Last, TimeSpan Max) Read(bool ofLoop)
        {
            DispatcherStats snapshot = stats.Snapshot(0, 0, 0);
            return ofLoop ? (snapshot.LastLoopDuration, snapshot.MaxLoopDuration) : (snapshot.LastPollDelay, snapshot.MaxPollDelay);
        }

        long second = Stopwatch.Frequency;
        foreach ((int seconds, int last, int max) in new[] { (5, 5, 5), (3, 3, 5), (8, 8, 8) })
        {
            record(seconds * second);
            Assert.Equal((TimeSpan.FromSeconds(last), TimeSpan.FromSeconds(max)), Read(loop));
        }

        Assert.Equal((TimeSpan.Zero, TimeSpan.Zero), Read(!loop));
    }
}
