using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>The wheel driven tick by tick: exact deadlines, no wall clock involved.</summary>
public sealed class TimerWheelTests
{
    private readonly Dispatcher _owner = new("wheel-owner");

    [Theory]
    [InlineData(1, 300)]
    [InlineData(7, 70_000)]
    [InlineData(11, 20_000_000)]
    public void Every_timer_fires_exactly_at_its_deadline_in_deadline_order(int seed, int maxDelayMs)
    {
        var random = new Random(seed);
        var wheel = new TimerWheel(0);
        var fired = new List<(long Due, long At, int Id)>();
        long now = 0;
        var dueById = new Dictionary<int, long>();
        for (int id = 0; id < 20_000; id++)
        {
            int captured = id;
            var timer = new DispatcherTimer(_owner, () => fired.Add((dueById[captured], now, captured)));
            long delay = random.NextInt64(0, maxDelayMs);
            dueById[id] = Math.Max(delay, 1);
            wheel.NowTick = 0;
            wheel.Schedule(timer, TimeSpan.FromMilliseconds(delay));
        }

        Assert.Equal(20_000, wheel.Count);
        while (wheel.Count > 0)
        {
            long step = Math.Max(1, wheel.MillisecondsUntilNextWork(now));
            now += step;
            wheel.Advance(now, t => t.Fire());
        }

        Assert.Equal(20_000, fired.Count);
        Assert.All(fired, f => Assert.Equal(f.Due, f.At));
        Assert.True(fired.Select(f => f.Due).SequenceEqual(fired.Select(f => f.Due).Order()), "timers fired out of deadline order");
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

    [Fact]
    public void Deadlines_past_the_wheel_go_through_overflow_and_still_fire_on_time()
    {
        var wheel = new TimerWheel(0);
        long firedAt = -1;
        long now = 0;
        long due = (1L << 24) + 12_345;
        wheel.Schedule(new DispatcherTimer(_owner, () => firedAt = now), TimeSpan.FromMilliseconds(due));
        while (wheel.Count > 0)
        {
            now += Math.Max(1, wheel.MillisecondsUntilNextWork(now));
            wheel.Advance(now, t => t.Fire());
        }

        Assert.Equal(due, firedAt);
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
