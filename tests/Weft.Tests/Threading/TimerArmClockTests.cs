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

    [Fact]
    public void An_idle_timeout_disarmed_and_rearmed_on_every_event_fires_once_after_the_last_and_a_dropped_one_is_let_go_as_the_iteration_ends()
    {
        var clock = new ManualClock();
        using var dispatcher = new Dispatcher("idle-timeout", null, new DispatcherSeams { Clock = clock });
        int idleFired = 0;
        int droppedFired = 0;
        DispatcherTimer idle = dispatcher.CreateTimer(() => idleFired++);
        DispatcherTimer dropped = dispatcher.CreateTimer(() => droppedFired++);
        TimeSpan timeout = TimeSpan.FromSeconds(15);
        dispatcher.Post(() => dropped.Enable(TimeSpan.FromHours(1)));
        for (int evt = 0; evt < 40; evt++)
        {
            // Envoy's pattern: every read disarms the idle timer and arms it again.
            dispatcher.Post(() =>
            {
                idle.Disable();
                idle.Enable(timeout);
            });
            if (evt == 20)
            {
                // Disposed by a deferred delete, after the iteration's firing pass: only the release as the iteration
                // ends lets it go before the next iteration.
                dispatcher.Post(() => dispatcher.DeferredDelete(dropped));
            }

            dispatcher.RunOnce();
            Assert.True(dispatcher.Timers.LinkedCount == (evt < 20 ? 2 : 1), $"after event {evt}: {dispatcher.Timers.LinkedCount} timers held");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        // The last re-arm was at 39 s: due at 54 s, and it is 40 s now.
        clock.Advance(TimeSpan.FromMilliseconds(13_999));
        dispatcher.RunOnce();
        Assert.Equal(0, idleFired);
        clock.Advance(TimeSpan.FromMilliseconds(2));
        dispatcher.RunOnce();
        Assert.Equal(1, idleFired);
        Assert.Equal(0, droppedFired);
        Assert.Equal(0, dispatcher.Timers.LinkedCount);
    }

    [Fact]
    public void A_timer_armed_and_disarmed_deep_in_a_callbacks_stack_passes_the_thread_check_and_fires()
    {
        var clock = new ManualClock();
        using var dispatcher = new Dispatcher("deep-stack", null, new DispatcherSeams { Clock = clock });
        int fired = 0;
        DispatcherTimer timer = dispatcher.CreateTimer(() => fired++);
        dispatcher.Post(() => ArmBelowStackPadding(timer));
        dispatcher.RunOnce();
        Assert.True(timer.IsEnabled);
        clock.Advance(TimeSpan.FromMilliseconds(51));
        dispatcher.RunOnce();
        Assert.Equal(1, fired);
    }

    // 64 KB below the callback: past the loop's stack window, so the thread-static check decides.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int ArmBelowStackPadding(DispatcherTimer timer)
    {
        Span<byte> padding = stackalloc byte[64 * 1024];
        padding[^1] = 1;
        timer.Enable(TimeSpan.FromMilliseconds(50));
        timer.Disable();
        timer.Enable(TimeSpan.FromMilliseconds(50));
        return padding[^1];
    }
}
