using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Channels;
using Weft.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// <c>--post-cost [rounds]</c>: the CPU cost of a post and its run on one thread (and of a timer arm + cancel against
/// a <c>Timer.Change</c> pair), for every post form and for
/// <c>Channel&lt;Action&gt;</c> (TryWrite then TryRead and invoke): batches of 1,000 posted, then drained, on a dispatcher
/// driven by <see cref="Dispatcher.RunOnce"/>. The figure is the fastest round (a round a loaded machine preempted only
/// gets slower), forms interleaved round by round. It is no throughput figure (no second core, no cache-line
/// transfers): it shows what each form costs in instructions and memory, which is what a loaded machine can measure.
/// </summary>
internal static class PostCost
{
    private const int Batch = 1_000;

    public static void Run(int rounds)
    {
        Console.WriteLine($"post cost: {rounds} rounds of {Batch} posts per form, load average at start: {LoadAverage()}");
        var dispatcher = new Dispatcher("post-cost", new DispatcherOptions { MaxCallbacksPerIteration = Batch * 2 });
        var channel = Channel.CreateUnbounded<Action>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
        long sink = 0;
        Action action = () => sink++;
        Action<int> withInt = v => sink += v;
        Action<Large> withLarge = v => sink += v.H;
        Action<(string, long)> withReferenceTuple = v => sink += v.Item2;
        var workItem = new CountingItem();
        string[] names = ["Channel<Action> (TryWrite + TryRead)", "Post(Action)", "Post<int>", "Post<64-byte struct>", "Post<(string, long)> (holder)", "Post(IDispatcherWorkItem)"];
        Action[] forms =
        [
            () =>
            {
                for (int i = 0; i < Batch; i++)
                {
                    channel.Writer.TryWrite(action);
                }

                while (channel.Reader.TryRead(out Action? next))
                {
                    next();
                }
            },
            () =>
            {
                for (int i = 0; i < Batch; i++)
                {
                    dispatcher.Post(action);
                }

                dispatcher.RunOnce();
            },
            () =>
            {
                for (int i = 0; i < Batch; i++)
                {
                    dispatcher.Post(withInt, i);
                }

                dispatcher.RunOnce();
            },
            () =>
            {
                for (int i = 0; i < Batch; i++)
                {
                    dispatcher.Post(withLarge, new Large(i, i, i, i, i, i, i, i));
                }

                dispatcher.RunOnce();
            },
            () =>
            {
                for (int i = 0; i < Batch; i++)
                {
                    dispatcher.Post(withReferenceTuple, ("a", i));
                }

                dispatcher.RunOnce();
            },
            () =>
            {
                for (int i = 0; i < Batch; i++)
                {
                    dispatcher.Post(workItem);
                }

                dispatcher.RunOnce();
            },
        ];
        double[] best = FastestRound.Measure(forms, rounds, Batch, out long[] bytes);

        Console.WriteLine("| form | ns per post + run (fastest round) | vs channel | B per batch of 1,000 (max) |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (int f = 0; f < forms.Length; f++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {names[f]} | {best[f]:F1} | {best[0] / best[f]:F2}× | {bytes[f]} |"));
        }

        TimerCost(dispatcher, rounds);
        Console.WriteLine($"load average at end: {LoadAverage()} (sink {sink})");
        dispatcher.Dispose();
    }

    /// <summary>Timer arm + cancel vs a <see cref="System.Threading.Timer"/> Change pair, 1,000 pairs a round, same method.</summary>
    private static void TimerCost(Dispatcher dispatcher, int rounds)
    {
        TimeSpan delay = TimeSpan.FromMilliseconds(100);
        DispatcherTimer wheelTimer = dispatcher.CreateTimer(static () => { });
        using var systemTimer = new System.Threading.Timer(static _ => { }, null, System.Threading.Timeout.Infinite, System.Threading.Timeout.Infinite);
        Action armAndCancel = () =>
        {
            for (int i = 0; i < Batch; i++)
            {
                wheelTimer.Enable(delay);
                wheelTimer.Disable();
            }
        };
        Action[] forms =
        [
            () =>
            {
                for (int i = 0; i < Batch; i++)
                {
                    systemTimer.Change(delay, System.Threading.Timeout.InfiniteTimeSpan);
                    systemTimer.Change(System.Threading.Timeout.InfiniteTimeSpan, System.Threading.Timeout.InfiniteTimeSpan);
                }
            },
            () =>
            {
                // Inside a callback, where a loop's timers are armed; each iteration moves the wheel's "now" on, and
                // the first arm of the callback reads the clock.
                dispatcher.Post(armAndCancel);
                dispatcher.RunOnce();
            },
        ];
        double[] best = FastestRound.Measure(forms, rounds, Batch);

        Console.WriteLine();
        Console.WriteLine("| timer form | ns per pair (fastest round) | vs Timer.Change |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Timer.Change pair | {best[0]:F1} | 1.00× |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| DispatcherTimer arm + cancel, in a callback (+ one post and RunOnce per 1,000) | {best[1]:F1} | {best[0] / best[1]:F2}× |"));
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private readonly record struct Large(long A, long B, long C, long D, long E, long F, long G, long H);

    private sealed class CountingItem : IDispatcherWorkItem
    {
        public long Count;

        public void Execute() => Count++;
    }
}
