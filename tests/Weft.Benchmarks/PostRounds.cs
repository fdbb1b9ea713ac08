using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weft.Internal;
using Weft.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// <c>--post-rounds [rounds]</c>: a diagnostic for one producer (P = 1; LOOP_GOALS_PLACEMENT, pinned by default). Each
/// round runs the channel and every post form once, back to back (<c>POST_ROUNDS_POSTS</c> posts each, 200,000 by
/// default), and prints per form its wall time per post, the producer's own CPU time per post, the loop's iterations
/// per 1,000 posts and where the tail ring's first cell lies in a cache line; then the 25th percentile and median of
/// each over the rounds after the first three.
/// </summary>
/// <remarks>
/// What it is for: on this 2-vCPU VM a round is either "ping-pong" (the loop right behind the producer, about one
/// iteration per post, every line the loop reads pulled back and forth once per post) or "batching" (the loop behind,
/// a few iterations per 1,000 posts), and the process-wide placement of the rings is fixed per process: the medians of
/// <c>--loop-goals</c> and <c>--post-pairs</c> average both away. On a loaded machine other processes' time slices
/// interrupt long rounds; rounds of 20,000 posts (a millisecond or two) and a low percentile mostly skip them, and the
/// producer's CPU time (descheduled time excluded) is the steadiest figure of all.
/// </remarks>
internal static class PostRounds
{
    private static readonly string[] FormNames = ["channel", "Post(Action)", "Post<int>", "Post<64 B>", "work item"];

    public static void Run(int rounds)
    {
        string placement = Environment.GetEnvironmentVariable("LOOP_GOALS_PLACEMENT") is { Length: > 0 } p ? p : PostThroughputBenchmarks.Pinned;
        int posts = int.TryParse(Environment.GetEnvironmentVariable("POST_ROUNDS_POSTS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : PostThroughputBenchmarks.PostsPerInvoke;
        var bench = new PostThroughputBenchmarks { Producers = 1, Placement = placement, PostsPerRound = posts };
        bench.Setup();
        Action[] forms = [bench.ChannelOfAction, bench.DispatcherPostAction, bench.DispatcherPostWithValueState, bench.DispatcherPostWithLargeState, bench.DispatcherPostWorkItem];
        var wall = forms.Select(_ => new System.Collections.Generic.List<double>()).ToArray();
        var cpu = forms.Select(_ => new System.Collections.Generic.List<double>()).ToArray();
        var iterations = forms.Select(_ => new System.Collections.Generic.List<double>()).ToArray();
        Console.WriteLine($"post rounds: P=1 {placement}, {posts:N0} posts a round, load average {LoopGoals.LoadAverage()}");
        Console.WriteLine("round | " + string.Join(" | ", FormNames.Select(f => $"{f}: ns, CPU ns, it/1k, cells%64")));
        for (int round = 0; round < rounds; round++)
        {
            var cells = new string[forms.Length];
            for (int f = 0; f < forms.Length; f++)
            {
                DispatcherStats before = bench.Dispatcher.Stats;
                long cpuBefore = bench.ProducerCpuNanoseconds(f);
                long start = Stopwatch.GetTimestamp();
                forms[f]();
                double ns = Stopwatch.GetElapsedTime(start).TotalNanoseconds / posts;
                // The producer adds its CPU time after its last post, possibly just after the loop ran that post.
                int form = f;
                if (!System.Threading.SpinWait.SpinUntil(() => bench.ProducerCpuNanoseconds(form) != cpuBefore, TimeSpan.FromSeconds(10)))
                {
                    throw new TimeoutException($"the producer did not report its CPU time for {FormNames[f]} within 10 s");
                }

                long cpuAfter = bench.ProducerCpuNanoseconds(f);
                double cpuNs = (double)(cpuAfter - cpuBefore) / posts;
                DispatcherStats after = bench.Dispatcher.Stats;
                long ran = after.CallbacksRun - before.CallbacksRun;
                double perThousand = f == 0 || ran == 0 ? double.NaN : 1000.0 * (after.Iterations - before.Iterations) / ran;
                if (round >= 3)
                {
                    wall[f].Add(ns);
                    cpu[f].Add(cpuNs);
                    if (!double.IsNaN(perThousand))
                    {
                        iterations[f].Add(perThousand);
                    }
                }

                cells[f] = string.Create(CultureInfo.InvariantCulture, $"{ns,6:F1} {cpuNs,5:F1} {(double.IsNaN(perThousand) ? "-" : perThousand.ToString("F0", CultureInfo.InvariantCulture)),4} {CellsOffset(bench.Dispatcher),2}");
            }

            Console.WriteLine($"{round,5} | " + string.Join(" | ", cells));
        }

        bench.Cleanup();
        Console.WriteLine("| form | ns/post p25 | ns/post median | producer CPU ns/post p25 | median | loop iterations per 1,000 posts (median) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (int f = 0; f < forms.Length; f++)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {FormNames[f]} | {Quantile(wall[f], 0.25):F1} | {Quantile(wall[f], 0.5):F1} | {Quantile(cpu[f], 0.25):F1} | {Quantile(cpu[f], 0.5):F1} | {(iterations[f].Count == 0 ? "-" : Quantile(iterations[f], 0.5).ToString("F0", CultureInfo.InvariantCulture))} |"));
        }

        Console.WriteLine($"load average at end: {LoopGoals.LoadAverage()}");
    }

    private static double Quantile(System.Collections.Generic.List<double> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        double[] sorted = values.Order().ToArray();
        return sorted[(int)Math.Round(q * (sorted.Length - 1))];
    }

    /// <summary>Where the tail ring's first cell lies within a 64-byte line now (the GC may move the array later).</summary>
    private static unsafe long CellsOffset(Dispatcher dispatcher)
    {
        PostRing ring = (PostRing)typeof(PostQueue).GetField("_tail", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(dispatcher.Queue)!;
        var cells = (PostCell[])typeof(PostRing).GetField("_cells", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(ring)!;
        return (long)((nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(cells)) & 63);
    }
}
