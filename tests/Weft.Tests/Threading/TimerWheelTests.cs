using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>The wheel driven tick by tick: exact deadlines, no wall clock involved.</summary>
public sealed class TimerWheelTests
{
    private readonly Dispatcher _owner = new("wheel-owner");

    // One loop iteration's timer work, as Dispatcher.RunIteration does it: fire what is due, then end the iteration.
    private static int Pass(TimerWheel wheel, long now)
    {
        int fired = wheel.Advance(now, t => t.Fire());
        wheel.EndIteration();
        return fired;
    }

    // Runs the body on its own thread and fails, instead of hanging the run, when it does not finish: a wheel that
    // catches up one millisecond at a time would take hours over the clock jumps these tests make.
    private static void Bounded(Action body, string what)
    {
        Exception? thrown = null;
        var thread = new System.Threading.Thread(() =>
        {
            try
            {
                body();
            }
            catch (Exception ex)
            {
                thrown = ex;
            }
        })
        { IsBackground = true };
        thread.Start();
        if (!thread.Join(TimeSpan.FromSeconds(60)))
        {
            Assert.Fail($"Not done within 60 s: {what}");
        }

        if (thrown is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(thrown).Throw();
        }
    }

    // Timers armed before the first pass (delays from zero to maxDelayMs) and re-armed from their own callbacks; the
    // clock moves by random steps, from zero (a clock standing still) to maxStepMs. Each arm fires exactly once: a zero
    // delay on the iteration after the one that armed it, any other delay on the first pass whose clock reached its
    // deadline; within a pass in deadline order.
    [Theory]
    [InlineData(1, 300L, 40L)]
    [InlineData(7, 70_000L, 3_000L)]
    [InlineData(11, 20_000_000L, 900_000L)]
    [InlineData(13, 200L * 86_400_000, 20L * 86_400_000)]
    [InlineData(17, 3_000L, 50L * 86_400_000)]
    [InlineData(19, long.MaxValue / 40_000, long.MaxValue / 400_000)]
    public void Every_timer_fires_on_the_first_pass_its_deadline_allows_in_deadline_order(int seed, long maxDelayMs, long maxStepMs)
    {
        Bounded(() => FireEveryTimerOnTime(seed, maxDelayMs, maxStepMs), $"seed {seed}");
    }

    private void FireEveryTimerOnTime(int seed, long maxDelayMs, long maxStepMs)
    {
        const int Timers = 5_000;
        var random = new Random(seed);
        var wheel = new TimerWheel(0);
        var timers = new DispatcherTimer[Timers];
        var due = new long[Timers];
        var expectedPass = new long[Timers];
        var rearmsLeft = new int[Timers];
        var failures = new List<string>();
        var firedThisPass = new List<long>();
        long now = 0;
        long pass = 1;
        int arms = 0;
        int fires = 0;

        void Arm(int id, long delay)
        {
            arms++;
            due[id] = now + delay;
            // A zero delay: the next iteration. Others: the first pass whose clock reaches the deadline, set when it does.
            expectedPass[id] = delay == 0 ? pass + 1 : -1;
            wheel.NowTick = now;
            wheel.Schedule(timers[id], TimeSpan.FromMilliseconds(delay));
        }

        for (int id = 0; id < Timers; id++)
        {
            int timer = id;
            rearmsLeft[id] = random.Next(0, 3);
            timers[id] = new DispatcherTimer(_owner, () =>
            {
                fires++;
                firedThisPass.Add(due[timer]);
                if (expectedPass[timer] != pass)
                {
                    failures.Add($"timer {timer} due {due[timer]} fired on pass {pass} (clock {now}), expected pass {expectedPass[timer]}");
                }

                if (rearmsLeft[timer]-- > 0)
                {
                    Arm(timer, random.Next(0, 4) == 0 ? 0 : random.NextInt64(1, Math.Max(2, maxDelayMs / 10)));
                }
            });
            Arm(id, random.Next(0, 10) == 0 ? 0 : random.NextInt64(1, maxDelayMs + 1));
        }

        while (wheel.Count > 0)
        {
            Assert.True(pass < 100_000, $"seed {seed}: {wheel.Count} timers still armed after 100,000 passes");
            if (pass > 1 && random.Next(0, 5) != 0)
            {
                now += random.NextInt64(0, maxStepMs + 1);
            }

            for (int id = 0; id < Timers; id++)
            {
                if (timers[id].IsEnabled && expectedPass[id] < 0 && due[id] <= now)
                {
                    expectedPass[id] = pass;
                }
            }

            firedThisPass.Clear();
            Pass(wheel, now);
            if (!firedThisPass.SequenceEqual(firedThisPass.Order()))
            {
                failures.Add($"pass {pass} fired out of deadline order");
            }

            pass++;
        }

        Assert.True(failures.Count == 0, $"seed {seed}: {failures.Count} wrong fires, first: {failures.FirstOrDefault()}");
        Assert.Equal(arms, fires);
    }

    [Fact]
    public void Equal_deadlines_fire_in_arming_order()
    {
        var wheel = new TimerWheel(0);
        var order = new List<int>();
        for (int i = 0; i < 50; i++)
        {
            int id = i;
            wheel.Schedule(new DispatcherTimer(_owner, () => order.Add(id)), TimeSpan.FromMilliseconds(5));
        }

        wheel.Advance(5, t => t.Fire());
        Assert.Equal(Enumerable.Range(0, 50), order);
    }

    [Fact]
    public void A_cancelled_timer_never_fires_and_a_rearmed_one_fires_once_at_its_new_deadline()
    {
        var wheel = new TimerWheel(0);
        var fired = new List<string>();
        var cancelled = new DispatcherTimer(_owner, () => fired.Add("cancelled"));
        var rearmed = new DispatcherTimer(_owner, () => fired.Add("rearmed"));
        var far = new DispatcherTimer(_owner, () => fired.Add("far"));
        wheel.Schedule(cancelled, TimeSpan.FromMilliseconds(10));
        wheel.Schedule(rearmed, TimeSpan.FromMilliseconds(10));
        wheel.Schedule(far, TimeSpan.FromSeconds(100));
        wheel.Cancel(cancelled);
        wheel.Schedule(rearmed, TimeSpan.FromMilliseconds(30));
        wheel.Cancel(far);

        Assert.Equal(1, wheel.Count);
        wheel.Advance(29, t => t.Fire());
        Assert.Empty(fired);
        wheel.Advance(30, t => t.Fire());
        Assert.Equal(new[] { "rearmed" }, fired);
        Assert.Equal(0, wheel.Count);
        Assert.False(rearmed.IsEnabled);
    }

    [Fact]
    public void A_timer_cancelled_beyond_level_zero_is_kept_for_a_rearm_until_released_and_then_let_go()
    {
        var wheel = new TimerWheel(0);
        var fired = new List<string>();
        var idle = new DispatcherTimer(_owner, () => fired.Add("idle"));
        var dropped = new DispatcherTimer(_owner, () => fired.Add("dropped"));
        wheel.Schedule(idle, TimeSpan.FromSeconds(15));
        wheel.Schedule(dropped, TimeSpan.FromHours(1));
        wheel.Cancel(idle);
        wheel.Cancel(dropped);
        Assert.Equal(0, wheel.Count);
        Assert.Equal(2, wheel.LinkedCount);

        // Re-armed before the release (the idle-timeout pattern): armed again, nothing to release.
        wheel.Schedule(idle, TimeSpan.FromSeconds(15));
        wheel.Cancel(idle);
        wheel.Schedule(idle, TimeSpan.FromSeconds(15));
        wheel.ReleaseCancelled();
        Assert.Equal(1, wheel.Count);
        Assert.True(wheel.LinkedCount == 1, "the cancelled one-hour timer was still held after ReleaseCancelled");

        wheel.Advance(14_999, t => t.Fire());
        Assert.Empty(fired);
        wheel.Advance(15_000, t => t.Fire());
        Assert.Equal(new[] { "idle" }, fired);
        wheel.Advance(3_600_000, t => t.Fire());
        Assert.Equal(new[] { "idle" }, fired);
        Assert.Equal(0, wheel.LinkedCount);
    }

    [Fact]
    public void A_cancelled_far_timer_moved_to_level_zero_and_cancelled_again_never_fires_and_its_id_is_not_shared()
    {
        var wheel = new TimerWheel(0);
        var fired = new List<string>();
        var moved = new DispatcherTimer(_owner, () => fired.Add("moved"));
        var later = new DispatcherTimer(_owner, () => fired.Add("later"));
        var cancelledWhileFiring = new DispatcherTimer(_owner, () => fired.Add("cancelledWhileFiring"));
        var canceller = new DispatcherTimer(_owner, () =>
        {
            fired.Add("canceller");
            wheel.Cancel(cancelledWhileFiring);
        });
        wheel.Schedule(moved, TimeSpan.FromSeconds(100));
        wheel.Cancel(moved);
        wheel.Schedule(moved, TimeSpan.FromMilliseconds(10));
        wheel.Cancel(moved);
        wheel.Schedule(later, TimeSpan.FromMilliseconds(20));
        wheel.Schedule(cancelledWhileFiring, TimeSpan.FromSeconds(100));
        wheel.Schedule(canceller, TimeSpan.FromMilliseconds(15));

        // Advance releases what waits for release first; the one cancelled while firing leaves at once.
        wheel.Advance(20, t => t.Fire());
        Assert.Equal(new[] { "canceller", "later" }, fired);
        Assert.Equal(0, wheel.LinkedCount);
        wheel.ReleaseCancelled();
        wheel.Advance(200_000, t => t.Fire());
        Assert.Equal(new[] { "canceller", "later" }, fired);
        Assert.Equal(0, wheel.Count);
    }

    // An idle loop sleeps as long as the wheel says: a far deadline wakes it at the few cascades that bring the timer
    // down a level, not every 256 ms, and the timer fires exactly on its deadline.
    [Theory]
    [InlineData(60L * 60 * 1000, 4)]
    [InlineData(50L * 86_400_000, 5)]
    [InlineData(3L * 365 * 86_400_000 + 12_345, 5)]
    [InlineData(long.MaxValue / 40_000, 5)]
    public void A_far_deadline_wakes_an_idle_loop_only_at_its_cascades_and_fires_exactly_on_time(long delayMs, int maxWakes)
    {
        Bounded(() => WakeOnlyAtCascades(delayMs, maxWakes), $"one timer {delayMs} ms away");
    }

    private void WakeOnlyAtCascades(long delayMs, int maxWakes)
    {
        var wheel = new TimerWheel(0);
        long firedAt = -1;
        long now = 0;
        wheel.Schedule(new DispatcherTimer(_owner, () => firedAt = now), TimeSpan.FromMilliseconds(delayMs));
        int wakes = 0;
        while (wheel.Count > 0 && wakes < 50)
        {
            long wait = wheel.MillisecondsUntilNextWork(now);
            Assert.True(wait > 0, $"the wheel asked for no sleep at {now} with nothing due");
            now += wait;
            wakes++;
            Pass(wheel, now);
        }

        Assert.Equal(delayMs, firedAt);
        Assert.True(wakes <= maxWakes, $"{wakes} wake-ups for one timer {delayMs} ms away (at most {maxWakes} expected)");
    }

    // A timer one level up can be due before the first armed level-0 slot: the wait must end at the cascade that brings
    // it down, not at that slot.
    [Fact]
    public void The_wait_ends_at_a_cascade_that_brings_down_a_timer_due_before_the_first_armed_level_zero_slot()
    {
        var wheel = new TimerWheel(0);
        var fired = new List<(string Name, long At)>();
        long now = 0;
        wheel.Schedule(new DispatcherTimer(_owner, () => fired.Add(("level one", now))), TimeSpan.FromMilliseconds(300));
        now = 200;
        Pass(wheel, now);
        wheel.NowTick = now;
        wheel.Schedule(new DispatcherTimer(_owner, () => fired.Add(("level zero", now))), TimeSpan.FromMilliseconds(250));

        Assert.Equal(56, wheel.MillisecondsUntilNextWork(now));
        for (int wake = 0; wake < 10 && wheel.Count > 0; wake++)
        {
            now += Math.Max(1, wheel.MillisecondsUntilNextWork(now));
            Pass(wheel, now);
        }

        Assert.Equal(new[] { ("level one", 300L), ("level zero", 450L) }, fired);
    }

    [Fact]
    public void A_zero_delay_fires_on_the_next_iteration_with_the_clock_standing_still_and_a_self_rearm_once_per_iteration()
    {
        var wheel = new TimerWheel(0);
        int once = 0;
        int repeating = 0;
        DispatcherTimer? self = null;
        self = new DispatcherTimer(_owner, () =>
        {
            repeating++;
            wheel.Schedule(self!, TimeSpan.Zero);
        });
        var single = new DispatcherTimer(_owner, () => once++);
        Pass(wheel, 5);

        // Armed in iteration 2 (before its timer pass): not in that pass, in the next, the clock standing at 5.
        wheel.Schedule(single, TimeSpan.Zero);
        wheel.Schedule(self, TimeSpan.Zero);
        Assert.Equal(0, wheel.MillisecondsUntilNextWork(5) is 0 ? Pass(wheel, 5) : -1);
        Assert.Equal((0, 0), (once, repeating));
        Assert.Equal(0, wheel.MillisecondsUntilNextWork(5));
        for (int iteration = 1; iteration <= 5; iteration++)
        {
            Assert.Equal(iteration == 1 ? 2 : 1, Pass(wheel, 5));
            Assert.Equal((1, iteration), (once, repeating));
        }

        wheel.Cancel(self);
        wheel.EndIteration();
        Assert.Equal(-1, wheel.MillisecondsUntilNextWork(5));
        Assert.Equal(0, Pass(wheel, 5));
    }

    [Fact]
    public void The_wheel_asks_for_no_wake_up_when_empty_and_an_exact_one_for_level_zero_and_zero_when_behind()
    {
        var wheel = new TimerWheel(0);
        Assert.Equal(-1, wheel.MillisecondsUntilNextWork(0));
        wheel.Schedule(new DispatcherTimer(_owner, () => { }), TimeSpan.FromMilliseconds(17));
        Assert.Equal(17, wheel.MillisecondsUntilNextWork(0));
        Assert.Equal(0, wheel.MillisecondsUntilNextWork(10));
        Assert.Equal(0, wheel.Advance(10, t => t.Fire()));
        Assert.Equal(7, wheel.MillisecondsUntilNextWork(10));
    }
}
