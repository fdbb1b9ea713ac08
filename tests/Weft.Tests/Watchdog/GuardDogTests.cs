using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Tests.Slots;
using Weft.Threading;
using Weft.Watchdog;

namespace Weft.Tests.Watchdog;

public sealed class GuardDogTests
{
    // Checks run at times the test chooses on a manual clock shared by every loop (see the kill tests below): the
    // stalled worker is the gated one, never a healthy loop the machine's load kept off a core.
    [Fact]
    public void A_stalled_worker_yields_one_miss_and_one_mega_miss_per_stall_and_rearms_after_recovering()
    {
        var events = new ConcurrentQueue<GuardDogEvent>();
        var clock = new ManualClock();
        var options = new WorkerPoolOptions
        {
            WorkerCount = 2,
            ThreadNamePrefix = "gd",
            GuardDog = new GuardDogOptions
            {
                MissTimeout = TimeSpan.FromMilliseconds(100),
                MegaMissTimeout = TimeSpan.FromMilliseconds(400),
                ChecksDrivenByCaller = true,
            },
        };
        using var pool = WorkerPool.StartWith(options, new DispatcherSeams { Clock = clock });
        GuardDog guardDog = pool.GuardDog!;
        guardDog.Stalled += events.Enqueue;
        Dispatcher stalled = pool.Workers[1];
        Dispatcher[] healthy = [pool.Main, pool.Workers[0]];

        for (int stall = 1; stall <= 2; stall++)
        {
            TouchNow(guardDog, clock, [.. healthy, stalled]);
            using (Gate gate = Gate.Block(stalled))
            {
                CheckAfter(TimeSpan.FromMilliseconds(99));
                Assert.Empty(events);

                CheckAfter(TimeSpan.FromMilliseconds(1));
                GuardDogEvent miss = Assert.Single(events);
                Assert.Equal(GuardDogEventKind.Miss, miss.Kind);
                Assert.Equal("gd-worker-1", miss.Dispatcher);
                Assert.Equal(TimeSpan.FromMilliseconds(100), miss.StalledFor);
                Assert.Contains(nameof(Gate), miss.RunningCallback, StringComparison.Ordinal);
                events.Clear();

                CheckAfter(TimeSpan.FromMilliseconds(299));   // still one stall: the miss does not fire again
                Assert.Empty(events);

                CheckAfter(TimeSpan.FromMilliseconds(1));
                GuardDogEvent mega = Assert.Single(events);
                Assert.Equal(GuardDogEventKind.MegaMiss, mega.Kind);
                Assert.Equal("gd-worker-1", mega.Dispatcher);
                Assert.Equal(TimeSpan.FromMilliseconds(400), mega.StalledFor);
                events.Clear();

                CheckAfter(TimeSpan.FromSeconds(1));   // neither fires twice for one stall
                Assert.Empty(events);
                gate.Release();
            }

            // Recovered: the worker iterates again, which re-arms both; nothing fires until it stalls again.
            TouchNow(guardDog, clock, stalled);
            CheckAfter(TimeSpan.FromMilliseconds(99));
            Assert.Empty(events);
            var (_, misses, megaMisses) = guardDog.PerDispatcher().Single(d => d.Dispatcher == "gd-worker-1");
            Assert.Equal(stall, misses);
            Assert.Equal(stall, megaMisses);
        }

        Assert.Equal(2, guardDog.Misses);
        Assert.Equal(2, guardDog.MegaMisses);

        // Moves the clock, lets the healthy loops iterate at the new time, then checks at it.
        void CheckAfter(TimeSpan elapsed)
        {
            clock.Advance(elapsed);
            TouchNow(guardDog, clock, healthy);
            guardDog.Check(clock.GetTimestamp());
        }
    }

    // The kill and multi-kill tests check at times they choose (ChecksDrivenByCaller, a manual clock shared by every
    // loop): on a loaded machine a healthy loop may not be scheduled for longer than a kill timeout, which a
    // wall-clock guard dog rightly (as Envoy's) cannot tell from a stall, so the wall clock must not decide which
    // loop these tests see as stalled.
    [Fact]
    public void Kill_names_the_stalled_dispatcher_and_its_callback()
    {
        string? killed = null;
        var clock = new ManualClock();
        var options = new WorkerPoolOptions
        {
            WorkerCount = 1,
            ThreadNamePrefix = "k",
            GuardDog = new GuardDogOptions
            {
                MissTimeout = TimeSpan.FromMilliseconds(50),
                KillTimeout = TimeSpan.FromMilliseconds(200),
                KillAction = message => killed ??= message,
                ChecksDrivenByCaller = true,
            },
        };
        using var pool = WorkerPool.StartWith(options, new DispatcherSeams { Clock = clock });
        GuardDog guardDog = pool.GuardDog!;
        using (Gate.Block(pool.Workers[0]))
        {
            clock.Advance(TimeSpan.FromMilliseconds(199));
            TouchNow(guardDog, clock, pool.Main);
            guardDog.Check(clock.GetTimestamp());
            Assert.Null(killed);

            clock.Advance(TimeSpan.FromMilliseconds(1));
            TouchNow(guardDog, clock, pool.Main);   // main provably not stalled
            guardDog.Check(clock.GetTimestamp());
        }

        Assert.NotNull(killed);
        Assert.Contains("dispatcher 'k-worker-0'", killed, StringComparison.Ordinal);
        Assert.Contains("Gate", killed, StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_kill_fires_only_when_enough_dispatchers_are_stalled()
    {
        string? killed = null;
        var clock = new ManualClock();
        var options = new WorkerPoolOptions
        {
            WorkerCount = 3,
            ThreadNamePrefix = "mk",
            GuardDog = new GuardDogOptions
            {
                MissTimeout = TimeSpan.FromMilliseconds(50),
                MultiKillTimeout = TimeSpan.FromMilliseconds(150),
                MultiKillThreshold = 0.5,
                KillAction = message => killed ??= message,
                ChecksDrivenByCaller = true,
            },
        };
        using var pool = WorkerPool.StartWith(options, new DispatcherSeams { Clock = clock });
        GuardDog guardDog = pool.GuardDog!;
        using (Gate.Block(pool.Workers[0]))
        {
            // One of four stalled past 150 ms: below max(2, ceil(0.5 × 4)) = 2.
            clock.Advance(TimeSpan.FromMilliseconds(150));
            TouchNow(guardDog, clock, pool.Main, pool.Workers[1], pool.Workers[2]);
            guardDog.Check(clock.GetTimestamp());
            Assert.Equal(1, guardDog.Misses);
            Assert.Null(killed);

            using (Gate.Block(pool.Workers[1]))
            {
                clock.Advance(TimeSpan.FromMilliseconds(150));
                TouchNow(guardDog, clock, pool.Main, pool.Workers[2]);
                guardDog.Check(clock.GetTimestamp());
            }
        }

        Assert.NotNull(killed);
        Assert.Contains("2 dispatchers stalled", killed, StringComparison.Ordinal);
        Assert.Contains("'mk-worker-0'", killed, StringComparison.Ordinal);
        Assert.Contains("'mk-worker-1'", killed, StringComparison.Ordinal);
    }

    [Fact]
    public void Kill_aborts_a_real_process_with_a_message_naming_the_dispatcher_and_callback()
    {
        string probe = Path.Combine(AppContext.BaseDirectory, "Weft.KillProbe.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{probe}\"")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TestWait.Timeout))
        {
            process.Kill(entireProcessTree: true);   // a failing test must not leave its probe running
            Assert.Fail($"the guard dog did not kill the probe within {TestWait.Timeout.TotalSeconds} s");
        }
        string output = stdout.Result("stdout") + stderr.Result("stderr");
        Assert.NotEqual(0, process.ExitCode);
        Assert.NotEqual(3, process.ExitCode);
        Assert.Contains("dispatcher 'probe-worker-1'", output, StringComparison.Ordinal);
        Assert.Contains("Stall.ForeverInACallback", output, StringComparison.Ordinal);
    }

    /// <summary>Waits until each of <paramref name="loops"/> has begun an iteration at the clock's current time (touched).</summary>
    private static void TouchNow(GuardDog guardDog, ManualClock clock, params Dispatcher[] loops)
    {
        long now = clock.GetTimestamp();
        var deadline = Stopwatch.StartNew();
        foreach (Dispatcher loop in loops)
        {
            // A post may land in an iteration that began before the clock moved; the next one reads the new time.
            while (guardDog.LastTouchOf(loop) != now)
            {
                Assert.True(deadline.Elapsed < TestWait.Timeout, $"'{loop.Name}' did not iterate at the advanced time");
                loop.Flush();
            }
        }
    }
}
