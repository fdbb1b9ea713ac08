using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

using Weft.Threading;

namespace Weft.Tests.DocOnly.Round8;

// The few lines that call loop-thread-only members from another thread on purpose (to check the refusal) disable
// WEFT0005 around themselves only.

// DispatcherTimer from its XML docs: arm, cancel, re-arm, dispose, zero and very long delays, the clock it measures
// from, throwing callbacks and the thread it may be touched on. Loops run on a hand clock and are driven with RunOnce
// on the test thread, so nothing here depends on wall time.
public sealed class TimerRound8Tests
{
    private readonly HandClock _clock = new();

    private static void RunIterations(Dispatcher loop, int count)
    {
        for (var i = 0; i < count; i++)
        {
            loop.RunOnce();
        }
    }

    // "A zero delay fires on the next iteration."
    [Fact]
    public void A_zero_delay_armed_in_a_callback_fires_in_the_next_iteration_not_in_the_current_one()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-zero", _clock);
            try
            {
                var fired = 0;
                DispatcherTimer? timer = null;
                loop.Post(() =>
                {
                    timer = loop.CreateTimer(() => fired++);
                    timer.Enable(TimeSpan.Zero);
                });

                loop.RunOnce();
                Assert.NotNull(timer);
                Assert.Equal(0, fired);
                Assert.True(timer!.IsEnabled, "IsEnabled: 'True while armed and not yet fired'.");

                // The hand clock stands still: the next iteration fires it all the same.
                loop.RunOnce();
                Assert.Equal(1, fired);
                Assert.False(timer.IsEnabled, "a one-shot timer is no longer armed once it fired");
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // "A zero delay fires on the next iteration" + "Re-arm it from its own callback for a repeating timer": a timer
    // that re-arms itself with zero must fire once per iteration, never again inside the iteration that fired it
    // (RunOnce would then never return).
    [Fact]
    public void A_timer_rearming_itself_with_zero_fires_once_per_iteration()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-zero-rearm", _clock);
            try
            {
                var fired = 0;
                DispatcherTimer? timer = null;
                loop.Post(() =>
                {
                    timer = loop.CreateTimer(() =>
                    {
                        fired++;
                        timer!.Enable(TimeSpan.Zero);
                    });
                    timer.Enable(TimeSpan.Zero);
                });

                loop.RunOnce();
                for (var i = 1; i <= 6; i++)
                {
                    // Half the iterations on a clock standing still: a zero delay does not wait for the clock.
                    if (i % 2 == 0)
                    {
                        _clock.Advance(TimeSpan.FromMilliseconds(1));
                    }

                    loop.RunOnce();
                    Assert.Equal(i, fired);
                }
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // Enable: "rounded up to whole milliseconds"; a delay of one tick is one millisecond, not zero.
    [Fact]
    public void A_sub_millisecond_delay_is_rounded_up_to_a_whole_millisecond()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-round", _clock);
            try
            {
                var fired = 0;
                loop.Post(() => loop.CreateTimer(() => fired++).Enable(TimeSpan.FromTicks(1)));
                loop.Post(() => loop.CreateTimer(() => fired += 10).Enable(TimeSpan.FromMilliseconds(1.5)));
                RunIterations(loop, 3);
                Assert.Equal(0, fired);

                _clock.Advance(TimeSpan.FromMilliseconds(1));
                RunIterations(loop, 2);
                Assert.Equal(1, fired);

                _clock.Advance(TimeSpan.FromMilliseconds(1));
                RunIterations(loop, 2);
                Assert.Equal(11, fired);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // Disable: "Disarms the timer; a no-op when it is not armed."
    [Fact]
    public void A_disabled_timer_never_fires_and_disabling_twice_is_harmless()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-cancel", _clock);
            try
            {
                var fired = 0;
                loop.Post(() =>
                {
                    var timer = loop.CreateTimer(() => fired++);
                    timer.Enable(TimeSpan.FromMilliseconds(10));
                    timer.Disable();
                    timer.Disable();
                    Assert.False(timer.IsEnabled);
                });
                loop.RunOnce();
                _clock.Advance(TimeSpan.FromSeconds(5));
                RunIterations(loop, 3);
                Assert.Equal(0, fired);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // Enable: "Arms (or re-arms) the timer": re-arming in the same callback replaces the first deadline.
    [Fact]
    public void Rearming_in_the_same_callback_replaces_the_first_deadline()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-rearm-same", _clock);
            try
            {
                var fired = 0;
                loop.Post(() =>
                {
                    var timer = loop.CreateTimer(() => fired++);
                    timer.Enable(TimeSpan.FromMilliseconds(10));
                    timer.Enable(TimeSpan.FromMilliseconds(50));
                });
                loop.RunOnce();

                _clock.Advance(TimeSpan.FromMilliseconds(20));
                RunIterations(loop, 3);
                Assert.Equal(0, fired);

                _clock.Advance(TimeSpan.FromMilliseconds(30));
                RunIterations(loop, 3);
                Assert.Equal(1, fired);

                _clock.Advance(TimeSpan.FromSeconds(1));
                RunIterations(loop, 3);
                Assert.Equal(1, fired);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // Re-arm in a later callback of the same iteration: the second arm (to a shorter delay) wins, and the timer
    // fires once.
    [Fact]
    public void Rearming_shorter_from_a_later_callback_of_the_same_iteration_fires_once_at_the_new_deadline()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-rearm-iter", _clock);
            try
            {
                var fired = 0;
                DispatcherTimer? timer = null;
                loop.Post(() =>
                {
                    timer = loop.CreateTimer(() => fired++);
                    timer.Enable(TimeSpan.FromHours(2));
                });
                loop.Post(() => timer!.Enable(TimeSpan.FromMilliseconds(5)));
                loop.RunOnce();

                _clock.Advance(TimeSpan.FromMilliseconds(5));
                RunIterations(loop, 2);
                Assert.Equal(1, fired);

                _clock.Advance(TimeSpan.FromHours(3));
                RunIterations(loop, 2);
                Assert.Equal(1, fired);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // "Re-arm it from its own callback for a repeating timer"; IsEnabled is "True while armed and not yet fired",
    // so inside its own callback the timer reads as not armed until the callback re-arms it.
    [Fact]
    public void A_timer_rearmed_from_its_own_callback_repeats_and_reads_disarmed_inside_its_callback()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-repeat", _clock);
            try
            {
                var enabledInside = new List<bool>();
                DispatcherTimer? timer = null;
                loop.Post(() =>
                {
                    timer = loop.CreateTimer(() =>
                    {
                        enabledInside.Add(timer!.IsEnabled);
                        if (enabledInside.Count < 3)
                        {
                            timer.Enable(TimeSpan.FromMilliseconds(100));
                        }
                    });
                    timer.Enable(TimeSpan.FromMilliseconds(100));
                });
                loop.RunOnce();

                for (var i = 0; i < 5; i++)
                {
                    _clock.Advance(TimeSpan.FromMilliseconds(100));
                    RunIterations(loop, 2);
                }

                Assert.Equal(new[] { false, false, false }, enabledInside);
                Assert.False(timer!.IsEnabled);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // "Disarms the timer (on the dispatcher's thread)": Dispose while armed means it never fires.
    [Fact]
    public void Disposing_an_armed_timer_means_it_never_fires()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-dispose", _clock);
            try
            {
                var fired = 0;
                loop.Post(() =>
                {
                    var timer = loop.CreateTimer(() => fired++);
                    timer.Enable(TimeSpan.FromMilliseconds(1));
                    timer.Dispose();
                    timer.Dispose();
                });
                loop.RunOnce();
                _clock.Advance(TimeSpan.FromSeconds(1));
                RunIterations(loop, 3);
                Assert.Equal(0, fired);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // A timer cancelled by an earlier timer of the same due batch must not fire ("Disarms the timer").
    [Fact]
    public void A_timer_disabled_by_another_timer_due_in_the_same_iteration_does_not_fire()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-cancel-batch", _clock);
            try
            {
                var fired = new List<string>();
                DispatcherTimer? first = null;
                DispatcherTimer? second = null;
                loop.Post(() =>
                {
                    first = loop.CreateTimer(() =>
                    {
                        fired.Add("first");
                        second!.Disable();
                    });
                    second = loop.CreateTimer(() =>
                    {
                        fired.Add("second");
                        first!.Disable();
                    });
                    first.Enable(TimeSpan.FromMilliseconds(3));
                    second.Enable(TimeSpan.FromMilliseconds(3));
                });
                loop.RunOnce();
                _clock.Advance(TimeSpan.FromMilliseconds(3));
                RunIterations(loop, 3);

                Assert.Single(fired);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // Enable's delay in hours and days: measured on the loop's clock; never early, and it does fire.
    [Theory]
    [InlineData(2.0 / 24)]
    [InlineData(0.25)]
    [InlineData(50.0)]
    [InlineData(400.0)]
    public void A_delay_of_hours_or_days_fires_exactly_when_it_is_due(double days)
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-long", _clock);
            try
            {
                var delay = TimeSpan.FromDays(days);
                var fired = 0;
                loop.Post(() => loop.CreateTimer(() => fired++).Enable(delay));
                loop.RunOnce();

                _clock.Advance(delay - TimeSpan.FromMilliseconds(1));
                RunIterations(loop, 3);
                Assert.Equal(0, fired);

                _clock.Advance(TimeSpan.FromMilliseconds(1));
                RunIterations(loop, 3);
                Assert.Equal(1, fired);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // "negative timer delays" are refused with an ArgumentException naming the parameter (docs/failure-semantics.md).
    [Fact]
    public void A_negative_delay_is_refused_naming_the_parameter_and_leaves_the_timer_disarmed()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-negative", _clock);
            try
            {
                ArgumentException? refused = null;
                DispatcherTimer? timer = null;
                loop.Post(() =>
                {
                    timer = loop.CreateTimer(() => { });
                    refused = Assert.ThrowsAny<ArgumentException>(() => timer.Enable(TimeSpan.FromMilliseconds(-5)));
                });
                loop.RunOnce();
                Assert.NotNull(refused);
                Assert.Equal("delay", refused!.ParamName);
                Assert.False(timer!.IsEnabled);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // Enable: "measured from the clock as the calling callback began arming timers ... Further arms in the same
    // callback reuse that reading", and "a timer armed late in a busy iteration does not fire early": a later
    // callback of the same iteration reads the clock again.
    [Fact]
    public void A_timer_armed_after_a_slow_callback_counts_from_its_own_callback_not_from_the_iteration_start()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-late-arm", _clock);
            try
            {
                var fired = new List<string>();
                loop.Post(() => loop.CreateTimer(() => fired.Add("early")).Enable(TimeSpan.FromMilliseconds(10)));
                loop.Post(() => _clock.Advance(TimeSpan.FromMilliseconds(50))); // a callback that took 50 ms
                loop.Post(() => loop.CreateTimer(() => fired.Add("late")).Enable(TimeSpan.FromMilliseconds(10)));
                loop.RunOnce();

                // 59 ms after the first reading: the first timer is overdue, the late one (armed at 50 ms) is 1 ms short.
                _clock.Advance(TimeSpan.FromMilliseconds(9));
                RunIterations(loop, 2);
                Assert.Equal(new[] { "early" }, fired);

                _clock.Advance(TimeSpan.FromMilliseconds(1));
                RunIterations(loop, 2);
                Assert.Equal(new[] { "early", "late" }, fired);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // Timers due in one iteration with different deadlines: each fires, the earlier deadline first (the loop's
    // timers are "a hashed timing wheel with a 1 ms tick").
    [Fact]
    public void Timers_overdue_together_all_fire_in_one_iteration_earliest_deadline_first()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-order", _clock);
            try
            {
                var fired = new List<int>();
                loop.Post(() =>
                {
                    foreach (var ms in new[] { 30, 5, 20, 1, 10 })
                    {
                        loop.CreateTimer(() => fired.Add(ms)).Enable(TimeSpan.FromMilliseconds(ms));
                    }
                });
                loop.RunOnce();
                _clock.Advance(TimeSpan.FromMilliseconds(40));
                loop.RunOnce();
                Assert.Equal(new[] { 1, 5, 10, 20, 30 }, fired);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // DispatcherOptions.UnhandledExceptionHandler: "Called on the loop thread with each exception a callback,
    // timer or deferred delete throws. The loop survives"; DispatcherStats.UnhandledExceptions counts it and
    // TimersFired counts "Timer callbacks run".
    [Fact]
    public void A_throwing_timer_is_reported_and_counted_and_the_timers_due_with_it_still_fire()
    {
        var reported = new List<(Dispatcher, Exception, int)>();
        var options = new DispatcherOptions { UnhandledExceptionHandler = (d, e) => reported.Add((d, e, Environment.CurrentManagedThreadId)) };
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-throw", _clock, options);
            try
            {
                var fired = new List<string>();
                var boom = new InvalidOperationException("timer boom");
                loop.Post(() =>
                {
                    loop.CreateTimer(() => fired.Add("a")).Enable(TimeSpan.FromMilliseconds(2));
                    loop.CreateTimer(() => throw boom).Enable(TimeSpan.FromMilliseconds(2));
                    loop.CreateTimer(() => fired.Add("c")).Enable(TimeSpan.FromMilliseconds(2));
                });
                loop.RunOnce();
                var before = loop.Stats;
                _clock.Advance(TimeSpan.FromMilliseconds(2));
                RunIterations(loop, 2);

                Assert.Equal(2, fired.Count);
                var (dispatcher, exception, thread) = Assert.Single(reported);
                Assert.Same(loop, dispatcher);
                Assert.Same(boom, exception);
                Assert.Equal(Environment.CurrentManagedThreadId, thread);
                var after = loop.Stats;
                Assert.Equal(1, after.UnhandledExceptions - before.UnhandledExceptions);
                Assert.Equal(3, after.TimersFired - before.TimersFired);

                var ranAfter = false;
                loop.Post(() => ranAfter = true);
                loop.RunOnce();
                Assert.True(ranAfter, "the loop goes on after a throwing timer");
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // A throwing timer that re-armed itself before throwing stays armed (the throw does not disarm it).
    [Fact]
    public void A_timer_that_rearms_and_then_throws_keeps_firing()
    {
        var options = new DispatcherOptions { UnhandledExceptionHandler = (_, _) => { } };
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-throw-rearm", _clock, options);
            try
            {
                var fired = 0;
                DispatcherTimer? timer = null;
                loop.Post(() =>
                {
                    timer = loop.CreateTimer(() =>
                    {
                        fired++;
                        timer!.Enable(TimeSpan.FromMilliseconds(1));
                        throw new InvalidOperationException("after re-arm");
                    });
                    timer.Enable(TimeSpan.FromMilliseconds(1));
                });
                loop.RunOnce();
                for (var i = 0; i < 3; i++)
                {
                    _clock.Advance(TimeSpan.FromMilliseconds(1));
                    RunIterations(loop, 2);
                }

                Assert.Equal(3, fired);
                Assert.Equal(3, loop.Stats.UnhandledExceptions);
            }
            finally
            {
                Round8Kit.Finish(loop);
            }
        }, "the hand-driven loop");
    }

    // Enable/Disable: "InvalidOperationException: Called off the dispatcher's thread" — from a plain thread, a
    // thread with a small stack, the thread pool and the finalizer thread; the error names the dispatcher.
    [Fact]
    public async Task Arming_or_disarming_off_the_loop_thread_is_refused_from_every_kind_of_thread()
    {
        var loop = Dispatcher.Start("r8-affinity-timer");
        try
        {
            var fired = 0;
            var timer = await DocOnlyKit.Within(loop.InvokeAsync(() => loop.CreateTimer(() => Interlocked.Increment(ref fired))), "creating the timer on its loop");

            var fromThread = Round8Kit.ThrownOnThread(() => timer.Enable(TimeSpan.Zero));
            var fromSmallStack = Round8Kit.ThrownOnThread(() => timer.Enable(TimeSpan.Zero), maxStackSize: 256 * 1024);
            var disableFromSmallStack = Round8Kit.ThrownOnThread(timer.Disable, maxStackSize: 256 * 1024);
            var fromPool = await Round8Kit.ThrownOnPool(() => timer.Enable(TimeSpan.Zero));
            var fromFinalizer = FinalizerProbe.Run(() => timer.Enable(TimeSpan.Zero));

            foreach (var (where, thrown) in new[] { ("a new thread", fromThread), ("a 256 KB-stack thread", fromSmallStack), ("Disable on a 256 KB-stack thread", disableFromSmallStack), ("the thread pool", fromPool), ("the finalizer thread", fromFinalizer) })
            {
                var refused = Assert.IsType<InvalidOperationException>(thrown, exactMatch: false);
                Assert.True(refused.Message.Contains("r8-affinity-timer", StringComparison.Ordinal), $"from {where}, the error should name the dispatcher: {refused.Message}");
            }

            // Nothing was armed by the refused calls.
            Assert.False(await DocOnlyKit.Within(loop.InvokeAsync(() => timer.IsEnabled), "reading IsEnabled"));
            await DocOnlyKit.Within(loop.InvokeAsync(() => { }), "a round trip");
            Assert.Equal(0, Volatile.Read(ref fired));
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // "Every failure path is defined ... never ... silent loss" (and CreateFileEvent's ObjectDisposedException on an
    // exited loop): a timer created or armed on a loop that has exited would never fire, so it is refused — also on
    // the thread that ran the loop, and Disable/Dispose stay harmless no-ops for cleanup code.
    [Fact]
    public void Creating_or_arming_a_timer_on_a_loop_that_has_exited_is_refused_not_accepted_silently()
    {
        Round8Kit.Bounded(() =>
        {
            var loop = Round8Kit.HandDriven("r8-after-exit", _clock);
            DispatcherTimer? timer = null;
            loop.Post(() => timer = loop.CreateTimer(() => { }));
            loop.RunOnce();
            Round8Kit.Finish(loop);
            Assert.True(loop.HasExited);

            var armed = Assert.Throws<ObjectDisposedException>(() => timer!.Enable(TimeSpan.FromMilliseconds(1)));
            Assert.Contains("r8-after-exit", armed.Message, StringComparison.Ordinal);
#pragma warning disable WEFT0005 // CreateTimer off the loop on purpose: the refusal after exit is what is tested
            Assert.Throws<ObjectDisposedException>(() => loop.CreateTimer(() => { }));
#pragma warning restore WEFT0005
            Assert.IsType<InvalidOperationException>(Round8Kit.ThrownOnThread(() => timer!.Enable(TimeSpan.FromMilliseconds(1))), exactMatch: false);
            Assert.False(timer!.IsEnabled);
            timer.Disable();
            timer.Dispose();
        }, "the exited loop");
    }

    // CreateTimer: "Loop thread only ... InvalidOperationException: Called off the loop thread."
    [Fact]
    public async Task Creating_a_timer_off_the_loop_thread_is_refused()
    {
        var loop = Dispatcher.Start("r8-affinity-create");
        try
        {
#pragma warning disable WEFT0005 // CreateTimer off the loop on purpose: the refusal is what is tested
            Assert.IsType<InvalidOperationException>(Round8Kit.ThrownOnThread(() => loop.CreateTimer(() => { })), exactMatch: false);
            Assert.IsType<InvalidOperationException>(Round8Kit.ThrownOnThread(() => loop.CreateTimer(() => { }), 256 * 1024), exactMatch: false);
            Assert.IsType<InvalidOperationException>(await Round8Kit.ThrownOnPool(() => loop.CreateTimer(() => { })), exactMatch: false);
#pragma warning restore WEFT0005
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}

/// <summary>Runs an action from a finalizer (the finalizer thread) and returns what it threw.</summary>
internal sealed class FinalizerProbe
{
    private static Action? s_action;
    private static Exception? s_thrown;
    private static readonly ManualResetEventSlim s_done = new(false);

    public static Exception? Run(Action action)
    {
        lock (s_done)
        {
            s_action = action;
            s_thrown = null;
            s_done.Reset();
            Create();
            var deadline = DateTime.UtcNow + DocOnlyKit.Bound;
            while (!s_done.Wait(TimeSpan.FromMilliseconds(50)))
            {
                if (DateTime.UtcNow > deadline)
                {
                    Assert.Fail("The finalizer probe did not run within the bound.");
                }

                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            return s_thrown;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Create() => _ = new FinalizerProbe();

    ~FinalizerProbe()
    {
        try
        {
            s_action?.Invoke();
        }
        catch (Exception ex)
        {
            s_thrown = ex;
        }
        finally
        {
            s_action = null;
            s_done.Set();
        }
    }
}
