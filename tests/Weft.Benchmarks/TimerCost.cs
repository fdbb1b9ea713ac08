using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using Weft.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// <c>--timer-cost [rounds]</c>: the CPU cost of a dispatcher timer arm + cancel against a <see cref="Timer"/>
/// <c>Change(t)</c> + <c>Change(Infinite)</c> pair, at three timeouts (100 ms: the wheel's first level; 15 s, Envoy's
/// default route timeout: second level; 1 h, its default connection idle timeout: third level), on one thread. Forms,
/// 1,000 pairs a round, interleaved round by round, the fastest round of the second half reported (a round a loaded
/// machine preempted only gets slower; load-independent, no throughput figure):
/// <list type="bullet">
/// <item>not running: arm + cancel called back to back on a dispatcher no loop runs (the goal benchmark's form
/// until 2026-11-30; a loop's timers are armed in its callbacks);</item>
/// <item>in one callback: 1,000 pairs inside one posted callback (one clock read, at the first arm), as
/// <see cref="TimerBenchmarks"/>;</item>
/// <item>per event, Envoy's pattern: 1,000 posted callbacks, each arming and cancelling once (each reads the clock at
/// its arm), less the same 1,000 posts with an empty callback measured in the same round.</item>
/// </list>
/// The timeout is read from a field, so the JIT cannot fold it into a constant.
/// </summary>
internal static class TimerCost
{
    private const int Batch = 1_000;

    private static TimeSpan s_delay;

    public static void Run(int rounds)
    {
        Console.WriteLine($"timer cost: {rounds} rounds of {Batch} pairs per form, load average at start: {LoopGoals.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| timeout | Timer.Change pair ns | arm + cancel ns, loop not running | ratio | in one callback ns | ratio | per event (+ clock read) ns | ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (TimeSpan delay in new[] { TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(15), TimeSpan.FromHours(1) })
        {
            s_delay = delay;
            Measure(delay, rounds);
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one clock read (Stopwatch.GetTimestamp, as the first arm of each callback makes): {ClockReadNs(rounds):F1} ns"));
        Console.WriteLine($"load average at end: {LoopGoals.LoadAverage()}");
    }

    private static double ClockReadNs(int rounds)
    {
        double best = double.MaxValue;
        long sink = 0;
        for (int round = 0; round < rounds; round++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < Batch; i++)
            {
                sink += Stopwatch.GetTimestamp();
            }

            double ns = Stopwatch.GetElapsedTime(start).TotalNanoseconds / Batch;
            if (round >= rounds / 2)
            {
                best = Math.Min(best, ns);
            }
        }

        return sink == 0 ? -1 : best;
    }

    private static void Measure(TimeSpan delay, int rounds)
    {
        var unbound = new Dispatcher("timer-cost-unbound");
        var loop = new Dispatcher("timer-cost-loop", new DispatcherOptions { MaxCallbacksPerIteration = Batch * 2 });
        DispatcherTimer unboundTimer = unbound.CreateTimer(static () => { });
        DispatcherTimer loopTimer = null!;
        loop.Post(() => loopTimer = loop.CreateTimer(static () => { }));
        loop.RunOnce();
        using var systemTimer = new Timer(static _ => { }, null, Timeout.Infinite, Timeout.Infinite);

        // The first arm reads the clock, then the wheel is brought up to that "now" (a running loop's is, every iteration).
        unboundTimer.Enable(delay);
        unboundTimer.Disable();
        unbound.Timers.Advance(unbound.Timers.NowTick, static _ => { });

        Action inOneCallback = () =>
        {
            for (int i = 0; i < Batch; i++)
            {
                loopTimer.Enable(s_delay);
                loopTimer.Disable();
            }
        };
        Action perEvent = () =>
        {
            loopTimer.Disable();
            loopTimer.Enable(s_delay);
        };
        Action empty = static () => { };

        Action[] forms =
        [
            () =>
            {
                for (int i = 0; i < Batch; i++)
                {
                    systemTimer.Change(s_delay, Timeout.InfiniteTimeSpan);
                    systemTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                }
            },
            () =>
            {
                for (int i = 0; i < Batch; i++)
                {
                    unboundTimer.Enable(s_delay);
                    unboundTimer.Disable();
                }
            },
            () =>
            {
                loop.Post(inOneCallback);
                loop.RunOnce();
            },
            () =>
            {
                for (int i = 0; i < Batch; i++)
                {
                    loop.Post(perEvent);
                }

                loop.RunOnce();
            },
            () =>
            {
                for (int i = 0; i < Batch; i++)
                {
                    loop.Post(empty);
                }

                loop.RunOnce();
            },
        ];
        double[] best = FastestRound.Measure(forms, rounds, Batch);

        loop.Post(() => loopTimer.Disable());
        loop.RunOnce();
        double perEventNs = Math.Max(0.1, best[3] - best[4]);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {delay} | {best[0]:F1} | {best[1]:F1} | {best[0] / best[1]:F2}× | {best[2]:F1} | {best[0] / best[2]:F2}× | {perEventNs:F1} | {best[0] / perEventNs:F2}× |"));
        unbound.Dispose();
        loop.Dispose();
    }
}
