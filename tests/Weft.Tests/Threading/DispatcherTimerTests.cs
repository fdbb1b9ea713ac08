using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>Timers on a live loop, against the real clock.</summary>
public sealed class DispatcherTimerTests
{
    [Fact]
    public void Timers_fire_on_the_loop_in_deadline_order_and_not_before_their_delay()
    {
        using var dispatcher = Dispatcher.Start("timers");
        using var done = new CountdownEvent(5);
        var fired = new List<(int Delay, TimeSpan Elapsed, bool OnLoop)>();
        dispatcher.Post(() =>
        {
            long start = Stopwatch.GetTimestamp();
            foreach (int delay in new[] { 40, 10, 30, 1, 20 })
            {
                var timer = dispatcher.CreateTimer(() =>
                {
                    fired.Add((delay, Stopwatch.GetElapsedTime(start), dispatcher.IsCurrentThread));
                    done.Signal();
                });
                timer.Enable(TimeSpan.FromMilliseconds(delay));
            }
        });
        done.Wait("five timers");

        Assert.Equal(new[] { 1, 10, 20, 30, 40 }, fired.Select(f => f.Delay));
        // The clock is cached per iteration and the wheel ticks in whole milliseconds: up to two ticks of slack.
        Assert.All(fired, f => Assert.True(f.Elapsed >= TimeSpan.FromMilliseconds(f.Delay - 2), $"{f.Delay} ms timer fired after {f.Elapsed.TotalMilliseconds} ms"));
        Assert.All(fired, f => Assert.True(f.OnLoop));
        Assert.Equal(5, dispatcher.Stats.TimersFired);
    }

    [Fact]
    public void Creating_or_arming_a_timer_off_the_loop_thread_throws_a_clear_error()
    {
        using var dispatcher = Dispatcher.Start("owned");
        var error = Assert.Throws<InvalidOperationException>(() => dispatcher.CreateTimer(() => { }));
        Assert.Contains("dispatcher 'owned'", error.Message, StringComparison.Ordinal);

        DispatcherTimer timer = dispatcher.Invoke(() => dispatcher.CreateTimer(() => { }));
        Assert.Throws<InvalidOperationException>(() => timer.Enable(TimeSpan.FromMilliseconds(1)));
        Assert.Throws<InvalidOperationException>(() => timer.Disable());
    }

    [Fact]
    public void A_timer_disabled_before_its_deadline_never_fires_and_can_be_rearmed()
    {
        using var dispatcher = Dispatcher.Start("cancel");
        using var rearmedFired = new ManualResetEventSlim();
        int firings = 0;
        dispatcher.Post(() =>
        {
            var timer = dispatcher.CreateTimer(() =>
            {
                firings++;
                rearmedFired.Set();
            });
            timer.Enable(TimeSpan.FromMilliseconds(5));
            Assert.True(timer.IsEnabled);
            timer.Disable();
            Assert.False(timer.IsEnabled);
            timer.Enable(TimeSpan.FromMilliseconds(15));
        });
        rearmedFired.Wait("the re-armed timer");
        // A cancelled firing would have been before the re-armed one; give the loop one more turn to prove none is queued.
        dispatcher.Flush();
        Assert.Equal(1, dispatcher.Invoke(() => firings));
    }

    [Fact]
    public void A_timer_rearmed_from_its_own_callback_repeats_and_a_zero_delay_waits_for_the_next_iteration()
    {
        using var dispatcher = Dispatcher.Start("repeat");
        using var done = new ManualResetEventSlim();
        var iterations = new List<long>();
        dispatcher.Post(() =>
        {
            DispatcherTimer? timer = null;
            timer = dispatcher.CreateTimer(() =>
            {
                iterations.Add(dispatcher.Stats.Iterations);
                if (iterations.Count < 5)
                {
                    timer!.Enable(TimeSpan.Zero);
                }
                else
                {
                    done.Set();
                }
            });
            timer.Enable(TimeSpan.Zero);
        });
        done.Wait("five firings");
        Assert.Equal(5, iterations.Count);
        Assert.True(iterations.Zip(iterations.Skip(1)).All(p => p.Second > p.First), "a zero-delay re-arm fired twice in one iteration");
    }

    [Fact]
    public void One_hundred_thousand_timers_fire_once_each_in_deadline_order()
    {
        using var dispatcher = Dispatcher.Start("100k");
        const int Count = 100_000;
        using var done = new ManualResetEventSlim();
        var random = new Random(1234);
        var delays = Enumerable.Range(0, Count).Select(_ => random.Next(0, 200)).ToArray();
        var firedDelays = new List<int>(Count);
        var timers = new DispatcherTimer[Count];
        dispatcher.Post(() =>
        {
            for (int i = 0; i < Count; i++)
            {
                int delay = delays[i];
                timers[i] = dispatcher.CreateTimer(() =>
                {
                    firedDelays.Add(delay);
                    if (firedDelays.Count == Count)
                    {
                        done.Set();
                    }
                });
                timers[i].Enable(TimeSpan.FromMilliseconds(delay));
            }
        });
        done.Wait("100k timers");
        Assert.Equal(Count, firedDelays.Count);
        Assert.True(firedDelays.SequenceEqual(firedDelays.Order()), "timers fired out of deadline order");
        Assert.Equal(delays.Order(), firedDelays);
    }

    [Fact]
    public void One_hundred_thousand_arm_and_cancel_pairs_leave_nothing_armed()
    {
        using var dispatcher = Dispatcher.Start("arm-cancel");
        int firings = 0;
        int armed = dispatcher.Invoke(() =>
        {
            var random = new Random(99);
            var timer = dispatcher.CreateTimer(() => firings++);
            for (int i = 0; i < 100_000; i++)
            {
                timer.Enable(TimeSpan.FromMilliseconds(random.Next(1, 100_000_000)));
                timer.Disable();
            }

            return dispatcher.Timers.Count;
        });
        Assert.Equal(0, armed);
        Assert.Equal(0, dispatcher.Invoke(() => firings));
    }

    [Fact]
    public void A_throwing_timer_callback_is_reported_and_later_timers_still_fire()
    {
        using var reported = new ManualResetEventSlim();
        using var later = new ManualResetEventSlim();
        var options = new DispatcherOptions { UnhandledExceptionHandler = (_, _) => reported.Set() };
        using var dispatcher = Dispatcher.Start("timer-throws", options);
        dispatcher.Post(() =>
        {
            dispatcher.CreateTimer(() => throw new InvalidOperationException("boom")).Enable(TimeSpan.FromMilliseconds(1));
            dispatcher.CreateTimer(later.Set).Enable(TimeSpan.FromMilliseconds(3));
        });
        reported.Wait("the exception report");
        later.Wait("the later timer");
        // A callback that threw still ran: it counts as fired, and its exception as unhandled.
        DispatcherStats stats = dispatcher.Invoke(() => dispatcher.Stats);
        Assert.Equal(2, stats.TimersFired);
        Assert.Equal(1, stats.UnhandledExceptions);
    }

    [Fact]
    public void The_loop_sleeps_until_a_timer_is_due_rather_than_spinning()
    {
        using var dispatcher = Dispatcher.Start("sleepy");
        using var done = new ManualResetEventSlim();
        dispatcher.Post(() => dispatcher.CreateTimer(done.Set).Enable(TimeSpan.FromMilliseconds(300)));
        done.Wait("the timer");
        // A spinning loop would run hundreds of thousands of iterations in 300 ms.
        Assert.True(dispatcher.Stats.Iterations < 50, $"{dispatcher.Stats.Iterations} iterations while waiting for one timer");
    }
}
