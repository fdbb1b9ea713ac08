using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Tests.Slots;
using Weft.Watchdog;

namespace Weft.Tests.Watchdog;

public sealed class GuardDogTests
{
    [Fact]
    public async Task A_stalled_worker_yields_one_miss_and_one_mega_miss_per_stall_and_rearms_after_recovering()
    {
        var events = new BlockingCollection<GuardDogEvent>();
        var options = new WorkerPoolOptions
        {
            WorkerCount = 2,
            ThreadNamePrefix = "gd",
            GuardDog = new GuardDogOptions { MissTimeout = TimeSpan.FromMilliseconds(100), MegaMissTimeout = TimeSpan.FromMilliseconds(400) },
        };
        await using var pool = WorkerPool.Start(options);
        pool.GuardDog!.Stalled += e =>
        {
            if (e.Dispatcher == "gd-worker-1")
            {
                events.Add(e);
            }
        };

        for (int stall = 1; stall <= 2; stall++)
        {
            using (Gate gate = Gate.Block(pool.Workers[1]))
            {
                Assert.True(events.TryTake(out GuardDogEvent miss, TestWait.Timeout), "no miss");
                Assert.Equal(GuardDogEventKind.Miss, miss.Kind);
                Assert.Contains(nameof(Gate), miss.RunningCallback, StringComparison.Ordinal);
                Assert.True(events.TryTake(out GuardDogEvent mega, TestWait.Timeout), "no mega-miss");
                Assert.Equal(GuardDogEventKind.MegaMiss, mega.Kind);
                Assert.True(mega.StalledFor >= TimeSpan.FromMilliseconds(400));
                gate.Release();
            }

            // Recovered: the worker runs again; nothing more fires for this stall.
            pool.Workers[1].Flush();
            var (_, misses, megaMisses) = pool.GuardDog.PerDispatcher().Single(d => d.Dispatcher == "gd-worker-1");
            Assert.Equal(stall, misses);
            Assert.Equal(stall, megaMisses);
        }

        Assert.Empty(events);
        Assert.True(pool.GuardDog.Misses >= 2);
    }

    [Fact]
    public void Kill_names_the_stalled_dispatcher_and_its_callback()
    {
        string? killed = null;
        using var killedSignal = new ManualResetEventSlim();
        var options = new WorkerPoolOptions
        {
            WorkerCount = 1,
            ThreadNamePrefix = "k",
            GuardDog = new GuardDogOptions
            {
                MissTimeout = TimeSpan.FromMilliseconds(50),
                KillTimeout = TimeSpan.FromMilliseconds(200),
                KillAction = message =>
                {
                    killed ??= message;
                    killedSignal.Set();
                },
            },
        };
        using var pool = WorkerPool.Start(options);
        using (Gate.Block(pool.Workers[0]))
        {
            killedSignal.Wait("the kill");
        }

        Assert.Contains("dispatcher 'k-worker-0'", killed, StringComparison.Ordinal);
        Assert.Contains("Gate", killed, StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_kill_fires_only_when_enough_dispatchers_are_stalled()
    {
        string? killed = null;
        using var killedSignal = new ManualResetEventSlim();
        var options = new WorkerPoolOptions
        {
            WorkerCount = 3,
            ThreadNamePrefix = "mk",
            GuardDog = new GuardDogOptions
            {
                MissTimeout = TimeSpan.FromMilliseconds(50),
                MultiKillTimeout = TimeSpan.FromMilliseconds(150),
                MultiKillThreshold = 0.5,
                KillAction = message =>
                {
                    killed ??= message;
                    killedSignal.Set();
                },
            },
        };
        using var pool = WorkerPool.Start(options);
        using (Gate one = Gate.Block(pool.Workers[0]))
        {
            // One of four stalled: below max(2, ceil(0.5 × 4)) = 2. Wait for a miss (proof the dog checked past 150 ms).
            var missed = new ManualResetEventSlim();
            pool.GuardDog!.Stalled += e => missed.Set();
            missed.Wait("a miss");
            WaitForChecks(pool.GuardDog, 4);
            Assert.Null(killed);
            using (Gate.Block(pool.Workers[1]))
            {
                killedSignal.Wait("the multi-kill");
            }
        }

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

    private static void WaitForChecks(GuardDog guardDog, int checks)
    {
        long target = guardDog.Checks + checks;
        var spinner = new SpinWait();
        var deadline = Stopwatch.StartNew();
        while (guardDog.Checks < target)
        {
            Assert.True(deadline.Elapsed < TestWait.Timeout, "the guard dog stopped checking");
            spinner.SpinOnce(sleep1Threshold: 1);
        }
    }
}
