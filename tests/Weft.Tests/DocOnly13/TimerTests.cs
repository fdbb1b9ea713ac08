using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;
using Xunit.Abstractions;

namespace Weft.Tests.DocOnly13;

/// <summary>DispatcherTimer's documented contract (its XML docs and docs/failure-semantics.md "Loops").</summary>
public sealed class TimerTests
{
    private readonly ITestOutputHelper _output;

    public TimerTests(ITestOutputHelper output) => _output = output;

    // Doc (Enable): "A zero delay fires on the next iteration (never in the one that armed it, and whether or not the
    // clock has moved), so a timer re-armed with zero from its own callback fires once per iteration."
    [Fact]
    public void A_zero_delay_fires_on_the_next_iteration_and_a_zero_rearm_fires_once_per_iteration()
    {
        var loop = new Dispatcher(Kit13.UniqueName("zero"));
        int fired = 0;
        DispatcherTimer? timer = null;
        loop.Post(() =>
        {
            timer = loop.CreateTimer(() => { fired++; if (fired < 5) timer!.Enable(TimeSpan.Zero); });
            timer.Enable(TimeSpan.Zero);
        });
        loop.RunOnce();
        Assert.Equal(0, fired);
        Assert.True(timer!.IsEnabled);
        for (int i = 1; i <= 5; i++)
        {
            loop.RunOnce();
            Assert.Equal(i, fired);
        }
        loop.RunOnce();
        Assert.Equal(5, fired);
        Assert.False(timer.IsEnabled);
        Kit13.ExitManual(loop);
    }

    // Doc: "Timers due in the same millisecond fire in the order they were armed." Many zero-delay timers armed in one
    // callback (seeded shuffle of creation vs. arm order) all fire on the next iteration, in arming order.
    [Fact]
    public void Many_timers_due_at_once_all_fire_in_the_order_they_were_armed()
    {
        int seed = Environment.TickCount;
        _output.WriteLine($"seed {seed}");
        var loop = new Dispatcher(Kit13.UniqueName("many-zero"));
        const int Count = 2000;
        var fired = new List<int>();
        var shuffle = new Random(seed);
        int[] armOrder = Enumerable.Range(0, Count).OrderBy(_ => shuffle.Next()).ToArray();
        loop.Post(() =>
        {
            var timers = new DispatcherTimer[Count];
            for (int i = 0; i < Count; i++)
            {
                int id = i;
                timers[i] = loop.CreateTimer(() => fired.Add(id));
            }
            foreach (int id in armOrder)
            {
                timers[id].Enable(TimeSpan.Zero);
            }
        });
        loop.RunOnce();
        Assert.Empty(fired);
        loop.RunOnce();
        Assert.True(fired.Count == Count, $"seed {seed}: {fired.Count} of {Count} fired on the next iteration");
        Assert.True(armOrder.SequenceEqual(fired), $"seed {seed}: fired out of arming order");
        Kit13.ExitManual(loop);
    }

    // Same promise on the real clock: timers armed in one callback with the same positive delay share one clock
    // reading ("Further arms in the same callback reuse that reading"), so they are due in the same millisecond.
    [Fact]
    public async Task Many_timers_armed_with_one_positive_delay_in_one_callback_fire_in_arming_order_on_the_loop()
    {
        int seed = Environment.TickCount;
        _output.WriteLine($"seed {seed}");
        var loop = Dispatcher.Start(Kit13.UniqueName("many-real"));
        try
        {
            const int Count = 500;
            var fired = new List<(int Id, int Thread)>();
            var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var shuffle = new Random(seed);
            int[] armOrder = Enumerable.Range(0, Count).OrderBy(_ => shuffle.Next()).ToArray();
            int loopThread = await loop.InvokeAsync(() =>
            {
                var timers = Enumerable.Range(0, Count).Select(id => loop.CreateTimer(() =>
                {
                    fired.Add((id, Environment.CurrentManagedThreadId));
                    if (fired.Count == Count)
                    {
                        all.SetResult();
                    }
                })).ToArray();
                foreach (int id in armOrder)
                {
                    timers[id].Enable(TimeSpan.FromMilliseconds(3));
                }
                return Environment.CurrentManagedThreadId;
            });
            await Kit13.Within(all.Task, $"{Count} timers of 3 ms to fire (seed {seed})");
            Assert.True(armOrder.SequenceEqual(fired.Select(f => f.Id)), $"seed {seed}: fired out of arming order");
            Assert.All(fired, f => Assert.Equal(loopThread, f.Thread));
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc (Enable/Disable/Dispose, and the class summary "created, armed, disarmed and fired on the loop thread only"):
    // "InvalidOperationException: Called off the dispatcher's thread." A refused arm arms nothing.
    [Fact]
    public async Task Arming_disarming_and_disposing_a_timer_from_another_thread_is_refused()
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("timer-thread"));
        try
        {
            int fired = 0;
            DispatcherTimer timer = await loop.InvokeAsync(() => loop.CreateTimer(() => fired++));
            Assert.Throws<InvalidOperationException>(() => timer.Enable(TimeSpan.Zero));
            Assert.Throws<InvalidOperationException>(() => timer.Enable(TimeSpan.FromMilliseconds(1)));
            Assert.Throws<InvalidOperationException>(() => timer.Disable());
            Assert.Throws<InvalidOperationException>(() => timer.Dispose());
            Assert.Throws<InvalidOperationException>(() => loop.CreateTimer(() => fired++));

            // Armed properly on the loop, it fires; so the refused arms above really armed nothing.
            var refusedThenArmed = await loop.InvokeAsync(() => (timer.IsEnabled, fired));
            Assert.Equal((false, 0), refusedThenArmed);
            var firedNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            DispatcherTimer second = await loop.InvokeAsync(() => loop.CreateTimer(() => firedNow.SetResult()));
            await loop.InvokeAsync(() => second.Enable(TimeSpan.FromMilliseconds(1)));
            await Kit13.Within(firedNow.Task, "a timer armed on its loop to fire");
            Assert.Equal(0, await loop.InvokeAsync(() => fired));
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc (Enable): "Disarms the timer" (Disable) — a timer disabled by an earlier timer of the same batch does not fire,
    // and a timer that re-arms itself and then disables itself in its own callback fires no more.
    [Fact]
    public void Cancelling_inside_a_timer_callback_stops_itself_and_a_timer_due_in_the_same_iteration()
    {
        var loop = new Dispatcher(Kit13.UniqueName("cancel-inside"));
        var fired = new List<string>();
        DispatcherTimer? first = null, second = null, self = null;
        loop.Post(() =>
        {
            first = loop.CreateTimer(() => { fired.Add("first"); second!.Disable(); });
            second = loop.CreateTimer(() => fired.Add("second"));
            self = loop.CreateTimer(() =>
            {
                fired.Add("self");
                self!.Enable(TimeSpan.Zero);
                self.Disable();
                self.Disable();   // "a no-op when it is not armed"
            });
            first.Enable(TimeSpan.Zero);
            second.Enable(TimeSpan.Zero);
            self.Enable(TimeSpan.Zero);
        });
        for (int i = 0; i < 5; i++)
        {
            loop.RunOnce();
        }
        Assert.Equal(new[] { "first", "self" }, fired);
        Assert.False(second!.IsEnabled);
        Assert.False(self!.IsEnabled);
        Kit13.ExitManual(loop);
    }

    // Doc (Enable): "Any delay is accepted: one beyond about 7,300 years is treated as 7,300 years"; failure semantics
    // "Bad arguments": "negative timer delays" are refused with an ArgumentException naming the parameter.
    [Fact]
    public void A_huge_delay_is_accepted_and_a_negative_one_is_refused_naming_the_parameter()
    {
        var loop = new Dispatcher(Kit13.UniqueName("huge"));
        int fired = 0;
        Exception? negative = null;
        DispatcherTimer? huge = null, year = null;
        loop.Post(() =>
        {
            huge = loop.CreateTimer(() => fired++);
            year = loop.CreateTimer(() => fired++);
            huge.Enable(TimeSpan.MaxValue);
            year.Enable(TimeSpan.FromDays(366 * 10_000));
            var refused = loop.CreateTimer(() => fired++);
            try { refused.Enable(TimeSpan.FromMilliseconds(-5)); } catch (Exception e) { negative = e; }
        });
        for (int i = 0; i < 5; i++)
        {
            loop.RunOnce();
        }
        Assert.True(huge!.IsEnabled);
        Assert.True(year!.IsEnabled);
        Assert.Equal(0, fired);
        var argument = Assert.IsAssignableFrom<ArgumentException>(negative);
        Assert.Equal("delay", argument.ParamName);
        loop.Post(() => { huge.Disable(); year.Dispose(); });
        loop.RunOnce();
        Assert.False(huge.IsEnabled);
        Assert.False(year.IsEnabled);
        Kit13.ExitManual(loop);
    }

    // Doc (DispatcherStats.TimersFired): "Timer callbacks run (including ones that threw; those are also counted in
    // UnhandledExceptions)"; the handler is "Called on the loop thread with each exception a ... timer ... throws. The
    // loop survives".
    [Fact]
    public void A_throwing_timer_is_reported_counted_and_the_timers_after_it_still_fire()
    {
        var errors = new List<Exception>();
        var loop = new Dispatcher(Kit13.UniqueName("timer-throws"), new DispatcherOptions { UnhandledExceptionHandler = (_, e) => errors.Add(e) });
        var thrown = new InvalidOperationException("timer boom");
        bool after = false;
        loop.Post(() =>
        {
            loop.CreateTimer(() => throw thrown).Enable(TimeSpan.Zero);
            loop.CreateTimer(() => after = true).Enable(TimeSpan.Zero);
        });
        Kit13.Pump(loop, () => after, "the timer armed after a throwing one");
        Assert.Equal(new Exception[] { thrown }, errors);
        Assert.Equal(2, loop.Stats.TimersFired);
        Assert.Equal(1, loop.Stats.UnhandledExceptions);
        Kit13.ExitManual(loop);
    }

    // Doc: "a timer still armed when the loop exits (including one armed by a callback run during the Drain) never
    // fires, and reads IsEnabled false from then on. Arming or creating a timer after the exit throws
    // ObjectDisposedException naming the dispatcher."
    [Fact]
    public void Timers_armed_at_exit_or_during_the_drain_never_fire_and_arming_after_exit_is_refused_naming_the_loop()
    {
        string name = Kit13.UniqueName("timer-exit");
        var loop = new Dispatcher(name, new DispatcherOptions { QueuedWorkAtExit = QueuedWorkAtExit.Drain });
        int fired = 0;
        DispatcherTimer? armedBefore = null, armedInDrain = null, unarmed = null;
        loop.Post(() =>
        {
            armedBefore = loop.CreateTimer(() => fired++);
            armedBefore.Enable(TimeSpan.Zero);
            unarmed = loop.CreateTimer(() => fired++);
        });
        loop.RunOnce();
        Assert.True(armedBefore!.IsEnabled);
        loop.Post(() =>
        {
            armedInDrain = loop.CreateTimer(() => fired++);
            armedInDrain.Enable(TimeSpan.Zero);
        });
        Kit13.ExitManual(loop);

        Assert.NotNull(armedInDrain);
        Assert.Equal(0, fired);
        Assert.False(armedBefore.IsEnabled);
        Assert.False(armedInDrain!.IsEnabled);
        var rearm = Assert.Throws<ObjectDisposedException>(() => unarmed!.Enable(TimeSpan.FromMilliseconds(1)));
        Assert.Contains(name, rearm.Message, StringComparison.Ordinal);
        var create = Assert.Throws<ObjectDisposedException>(() => loop.CreateTimer(() => fired++));
        Assert.Contains(name, create.Message, StringComparison.Ordinal);
        Assert.Equal(0, fired);
    }

    // Doc (DispatcherTimer.Enable): "a timer never fires before its reading plus its delay" — checked on the loop's
    // own clock only through order: a 50 ms timer armed with a zero-delay one fires after it (no wall-clock bound).
    [Fact]
    public async Task A_timer_armed_on_a_running_loop_fires_on_its_loop_thread_and_not_before_a_shorter_one()
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("real-timer"));
        try
        {
            var order = new List<(string, int)>();
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            int loopThread = await loop.InvokeAsync(() =>
            {
                var later = loop.CreateTimer(() => { order.Add(("later", Environment.CurrentManagedThreadId)); done.SetResult(); });
                var sooner = loop.CreateTimer(() => order.Add(("sooner", Environment.CurrentManagedThreadId)));
                later.Enable(TimeSpan.FromMilliseconds(50));
                sooner.Enable(TimeSpan.Zero);
                return Environment.CurrentManagedThreadId;
            });
            await Kit13.Within(done.Task, "a 50 ms timer to fire");
            Assert.Equal(new[] { ("sooner", loopThread), ("later", loopThread) }, order);
        }
        finally
        {
            loop.Dispose();
        }
    }
}
