using System;
using Weft.Tests.Watchdog;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>Where a timer's delay is measured from, on a clock only the test moves.</summary>
public sealed class TimerArmClockTests
{
    [Fact]
    public void A_timer_armed_late_in_a_busy_iteration_measures_its_delay_from_the_arm_not_from_the_iteration_start()
    {
        var clock = new ManualClock();
        using var dispatcher = new Dispatcher("arm-clock", null, new DispatcherSeams { Clock = clock });
        int fired = 0;
        DispatcherTimer timer = dispatcher.CreateTimer(() => fired++);
        // One iteration: a slow callback (the clock moves 100 ms while it runs), then one that arms a 50 ms timer.
        dispatcher.Post(() => clock.Advance(TimeSpan.FromMilliseconds(100)));
        dispatcher.Post(() => timer.Enable(TimeSpan.FromMilliseconds(50)));
        dispatcher.RunOnce();
        Assert.True(timer.IsEnabled);

        clock.Advance(TimeSpan.FromMilliseconds(49));
        dispatcher.RunOnce();
        Assert.True(fired == 0, "the timer fired 49 ms after it was armed with 50 ms: its delay was measured from the iteration's start");

        clock.Advance(TimeSpan.FromMilliseconds(2));
        dispatcher.RunOnce();
        Assert.Equal(1, fired);
    }

    [Fact]
    public void A_timer_armed_before_the_loop_first_runs_measures_from_the_arm_not_from_the_dispatchers_creation()
    {
        var clock = new ManualClock();
        using var dispatcher = new Dispatcher("arm-before-run", null, new DispatcherSeams { Clock = clock });
        int fired = 0;
        DispatcherTimer timer = dispatcher.CreateTimer(() => fired++);
        clock.Advance(TimeSpan.FromSeconds(1));
        timer.Enable(TimeSpan.FromMilliseconds(50));

        clock.Advance(TimeSpan.FromMilliseconds(49));
        dispatcher.RunOnce();
        Assert.True(fired == 0, "the timer fired 49 ms after it was armed with 50 ms: its delay was measured from the dispatcher's creation");

        clock.Advance(TimeSpan.FromMilliseconds(2));
        dispatcher.RunOnce();
        Assert.Equal(1, fired);
    }

    [Fact]
    public void A_cancelled_timer_rearmed_at_once_fires_once_at_its_new_deadline_and_a_cancelled_one_never()
    {
        var clock = new ManualClock();
        using var dispatcher = new Dispatcher("rearm", null, new DispatcherSeams { Clock = clock });
        int rearmedFired = 0;
        int cancelledFired = 0;
        DispatcherTimer rearmed = dispatcher.CreateTimer(() => rearmedFired++);
        DispatcherTimer cancelled = dispatcher.CreateTimer(() => cancelledFired++);
        dispatcher.Post(() =>
        {
            rearmed.Enable(TimeSpan.FromMilliseconds(20));
            cancelled.Enable(TimeSpan.FromMilliseconds(20));
            rearmed.Disable();
            cancelled.Disable();
            rearmed.Enable(TimeSpan.FromMilliseconds(20));
        });
        dispatcher.RunOnce();
        Assert.True(rearmed.IsEnabled);
        Assert.False(cancelled.IsEnabled);
        Assert.Equal(1, dispatcher.Timers.Count);

        clock.Advance(TimeSpan.FromMilliseconds(21));
        dispatcher.RunOnce();
        clock.Advance(TimeSpan.FromMilliseconds(300));
        dispatcher.RunOnce();
        Assert.Equal(1, rearmedFired);
        Assert.Equal(0, cancelledFired);
        Assert.Equal(0, dispatcher.Timers.Count);
        Assert.Equal(-1, dispatcher.MillisecondsUntilNextTimer());
    }
}
