using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;
using Xunit.Abstractions;

namespace Weft.Tests.DocOnly13;

/// <summary>Re-arming, and the one-sided "never early" bound of DispatcherTimer.Enable.</summary>
public sealed class TimerRearmTests
{
    private readonly ITestOutputHelper _output;

    public TimerRearmTests(ITestOutputHelper output) => _output = output;

    // Doc (Enable): "Arms (or re-arms) the timer to fire once after delay". Re-arming replaces the earlier arm: a far
    // timer re-armed to zero fires on the next iteration once; a zero timer re-armed far does not fire then.
    [Fact]
    public void Re_arming_replaces_the_earlier_deadline_and_the_timer_fires_once()
    {
        var loop = new Dispatcher(Kit13.UniqueName("rearm"));
        int nearFired = 0, farFired = 0;
        DispatcherTimer? madeNear = null, madeFar = null;
        loop.Post(() =>
        {
            madeNear = loop.CreateTimer(() => nearFired++);
            madeFar = loop.CreateTimer(() => farFired++);
            madeNear.Enable(TimeSpan.FromSeconds(60));
            madeFar.Enable(TimeSpan.Zero);
            madeNear.Enable(TimeSpan.Zero);
            madeFar.Enable(TimeSpan.FromSeconds(60));
        });
        loop.RunOnce();
        for (int i = 0; i < 4; i++)
        {
            loop.RunOnce();
        }
        Assert.Equal(1, nearFired);
        Assert.Equal(0, farFired);
        Assert.False(madeNear!.IsEnabled);
        Assert.True(madeFar!.IsEnabled);
        Kit13.ExitManual(loop);
    }

    // Doc (Enable): "a timer never fires before its reading plus its delay" and the reading is taken no earlier than the
    // callback that arms it. The stopwatch is read before the arming callback is even posted, so this one-sided bound
    // cannot fail from a slow machine; random delays (seeded), and a random order of arming.
    [Fact]
    public async Task No_timer_fires_before_its_delay_has_passed_since_it_was_armed()
    {
        int seed = Environment.TickCount;
        _output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var loop = Dispatcher.Start(Kit13.UniqueName("never-early"));
        try
        {
            const int Count = 200;
            int[] delays = Enumerable.Range(0, Count).Select(_ => random.Next(0, 40)).ToArray();
            var firedAt = new long[Count];
            int remaining = Count;
            var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            long before = Stopwatch.GetTimestamp();
            await loop.InvokeAsync(() =>
            {
                for (int i = 0; i < Count; i++)
                {
                    int id = i;
                    loop.CreateTimer(() =>
                    {
                        firedAt[id] = Stopwatch.GetTimestamp();
                        if (--remaining == 0) all.SetResult();
                    }).Enable(TimeSpan.FromMilliseconds(delays[id]));
                }
            });
            await Kit13.Within(all.Task, $"{Count} timers of up to 40 ms (seed {seed})");
            for (int i = 0; i < Count; i++)
            {
                TimeSpan waited = Stopwatch.GetElapsedTime(before, firedAt[i]);
                Assert.True(waited >= TimeSpan.FromMilliseconds(delays[i]),
                    $"seed {seed}: timer {i} of {delays[i]} ms fired {waited.TotalMilliseconds:F3} ms after the arming callback was posted");
            }
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Same bound for a timer re-armed from its own callback (a repeating timer): each firing comes at least the delay
    // after the previous firing's callback began.
    [Fact]
    public async Task A_timer_re_armed_from_its_own_callback_never_fires_early()
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("repeat-never-early"));
        try
        {
            var stamps = new List<long>();
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            DispatcherTimer? timer = null;
            long armedAt = 0;
            await loop.InvokeAsync(() =>
            {
                timer = loop.CreateTimer(() =>
                {
                    stamps.Add(Stopwatch.GetTimestamp());
                    if (stamps.Count == 10) { done.SetResult(); return; }
                    timer!.Enable(TimeSpan.FromMilliseconds(5));
                });
                armedAt = Stopwatch.GetTimestamp();
                timer.Enable(TimeSpan.FromMilliseconds(5));
            });
            await Kit13.Within(done.Task, "ten 5 ms re-arms");
            long previous = armedAt;
            foreach (long stamp in stamps)
            {
                // The previous stamp was taken inside the previous callback, after that callback began: a lower bound.
                Assert.True(Stopwatch.GetElapsedTime(previous, stamp) >= TimeSpan.FromMilliseconds(5),
                    $"fired {Stopwatch.GetElapsedTime(previous, stamp).TotalMilliseconds:F3} ms after the previous arm");
                previous = stamp;
            }
        }
        finally
        {
            loop.Dispose();
        }
    }
}
