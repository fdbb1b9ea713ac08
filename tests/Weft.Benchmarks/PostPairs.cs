using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Weft.Benchmarks;

/// <summary>
/// <c>--post-pairs [rounds]</c>: the post throughput of <see cref="PostThroughputBenchmarks"/> (the same producers,
/// loop, channel reader and work per item) measured in interleaved rounds: each round runs the channel and every post
/// form once, back to back, and each form's ratio is taken against the channel of its own round. On a shared machine
/// whose load moves from minute to minute this keeps the drift out of the ratio (BenchmarkDotNet runs each case's
/// iterations together, seconds apart from its baseline). Also prints the CPU time of the whole process per post
/// (producers + loop + spinning), which the load moves less than wall time. Runs each placement of
/// <see cref="PostThroughputBenchmarks.Placements"/> (LOOP_GOALS_PLACEMENT=pinned|unpinned for one).
/// </summary>
internal static class PostPairs
{
    private static readonly string[] FormNames = ["Channel<Action> (baseline)", "Post(Action)", "Post<int>", "Post<64-byte struct>", "Post(IDispatcherWorkItem)"];

    public static void Run(int rounds)
    {
        Console.WriteLine($"post pairs: {rounds} interleaved rounds of {PostThroughputBenchmarks.PostsPerInvoke:N0} posts per form, load average at start: {LoopGoals.LoadAverage()}");
        Console.WriteLine("| form | P | placement | median ns/op | CPU ns/op (median) | speed-up (median of paired rounds) | p25–p75 | min–max |");
        Console.WriteLine("|---|---|---|---:|---:|---:|---|---|");
        foreach ((string placement, int producers) in PostThroughputBenchmarks.Placements.SelectMany(pl => PostThroughputBenchmarks.ProducerCounts.Select(p => (pl, p))))
        {
            var bench = new PostThroughputBenchmarks { Producers = producers, Placement = placement };
            bench.Setup();
            Action[] forms = [bench.ChannelOfAction, bench.DispatcherPostAction, bench.DispatcherPostWithValueState, bench.DispatcherPostWithLargeState, bench.DispatcherPostWorkItem];
            var wall = forms.Select(_ => new List<double>()).ToArray();
            var cpu = forms.Select(_ => new List<double>()).ToArray();
            var ratio = forms.Select(_ => new List<double>()).ToArray();
            using var process = Process.GetCurrentProcess();
            int warmUp = Math.Max(3, rounds / 5);
            for (int round = 0; round < warmUp + rounds; round++)
            {
                var thisRound = new double[forms.Length];
                for (int f = 0; f < forms.Length; f++)
                {
                    process.Refresh();
                    TimeSpan cpuBefore = process.TotalProcessorTime;
                    long start = Stopwatch.GetTimestamp();
                    forms[f]();
                    double ns = Stopwatch.GetElapsedTime(start).TotalNanoseconds / PostThroughputBenchmarks.PostsPerInvoke;
                    process.Refresh();
                    double cpuNs = (process.TotalProcessorTime - cpuBefore).TotalNanoseconds / PostThroughputBenchmarks.PostsPerInvoke;
                    thisRound[f] = ns;
                    if (round >= warmUp)
                    {
                        wall[f].Add(ns);
                        cpu[f].Add(cpuNs);
                    }
                }

                if (round >= warmUp)
                {
                    for (int f = 0; f < forms.Length; f++)
                    {
                        ratio[f].Add(thisRound[0] / thisRound[f]);
                    }
                }
            }

            bench.Cleanup();
            for (int f = 0; f < forms.Length; f++)
            {
                double[] r = ratio[f].Order().ToArray();
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {FormNames[f]} | {producers} | {placement} | {Median(wall[f]):F1} | {Median(cpu[f]):F1} | {Median(r):F2}× | {Quantile(r, 0.25):F2}–{Quantile(r, 0.75):F2}× | {r[0]:F2}–{r[^1]:F2}× |"));
            }
        }

        Console.WriteLine($"load average at end: {LoopGoals.LoadAverage()}");
    }

    private static double Median(IEnumerable<double> values) => Quantile(values.Order().ToArray(), 0.5);

    private static double Quantile(double[] sorted, double q)
    {
        double at = q * (sorted.Length - 1);
        int below = (int)Math.Floor(at);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((at - below) * (sorted[above] - sorted[below]));
    }
}
