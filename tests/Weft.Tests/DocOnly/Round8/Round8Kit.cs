using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

using Weft.Threading;

namespace Weft.Tests.DocOnly.Round8;

/// <summary>A loop clock the test moves by hand (the docs' "a test's manual clock", <c>DispatcherSeams.Clock</c>).</summary>
internal sealed class HandClock : IDispatcherClock
{
    // Far from zero so that a delay added to it, or subtracted from it, shows any overflow or wrap.
    private long _now = Stopwatch.Frequency * 1_000_000;

    public long GetTimestamp() => Volatile.Read(ref _now);

    // In integers: through a double, a step of a year loses nanoseconds and lands just short of a deadline.
    public void Advance(TimeSpan by) => Interlocked.Add(ref _now, (long)((Int128)by.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond));
}

internal static class Round8Kit
{
    /// <summary>A dispatcher on a hand clock, driven by the test with <see cref="Dispatcher.RunOnce"/> on its own thread.</summary>
    public static Dispatcher HandDriven(string name, HandClock clock, DispatcherOptions? options = null) =>
        new(name, options, new DispatcherSeams { Clock = clock });

    /// <summary>A dispatcher on a hand clock, running on its own thread.</summary>
    public static Dispatcher Started(string name, HandClock clock, DispatcherOptions? options = null) =>
        Dispatcher.StartWith(name, options, new DispatcherSeams { Clock = clock });

    /// <summary>Runs <paramref name="action"/> on a new thread (optionally with a small stack) and returns what it threw.</summary>
    public static Exception? ThrownOnThread(Action action, int maxStackSize = 0)
    {
        Exception? thrown = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception ex)
                {
                    thrown = ex;
                }
            },
            maxStackSize);
        thread.Start();
        if (!thread.Join(DocOnlyKit.Bound))
        {
            Assert.Fail($"The thread calling the member did not finish within {DocOnlyKit.Bound.TotalSeconds} s.");
        }

        return thrown;
    }

    /// <summary>Runs <paramref name="action"/> on a thread-pool thread and returns what it threw.</summary>
    public static async Task<Exception?> ThrownOnPool(Action action)
    {
        var run = Task.Run(() =>
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
        });
        return await DocOnlyKit.Within(run, "the thread-pool call to return");
    }

    /// <summary>Bounded polling for a value another thread publishes without a signal (a statistic).</summary>
    public static void Eventually(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > DocOnlyKit.Bound)
            {
                Assert.Fail($"Not true within {DocOnlyKit.Bound.TotalSeconds} s: {what}");
            }

            Thread.Yield();
        }
    }

    /// <summary>
    /// Runs a test body that drives a hand-clocked loop on its own thread, bounded: a loop that never returns from
    /// RunOnce fails the test instead of hanging the run (the stuck background thread is left behind).
    /// </summary>
    public static void Bounded(Action body, string what)
    {
        Exception? thrown = null;
        var thread = new Thread(() =>
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
        { IsBackground = true, Name = "r8-driver" };
        thread.Start();
        if (!thread.Join(DocOnlyKit.Bound))
        {
            Assert.Fail($"Not done within {DocOnlyKit.Bound.TotalSeconds} s (a RunOnce or Enable that does not return): {what}");
        }

        if (thrown is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(thrown).Throw();
        }
    }

    /// <summary>Exits a hand-driven loop from its own thread and completes the exit.</summary>
    public static void Finish(Dispatcher loop)
    {
        loop.Exit();
        for (var i = 0; i < 10 && !loop.HasExited; i++)
        {
            loop.RunOnce();
        }
    }

    /// <summary>Exits <paramref name="dispatcher"/> and waits (bounded) for its loop to finish.</summary>
    public static async Task ExitAsync(Dispatcher dispatcher)
    {
        dispatcher.Exit();
        await DocOnlyKit.Within(dispatcher.Completion, $"{dispatcher.Name} to exit");
    }
}
