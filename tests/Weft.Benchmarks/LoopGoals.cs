using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Weft.Benchmarks;

/// <summary>
/// <c>--loop-goals [runs]</c>: the dispatcher's speed goals (every post form vs <c>Channel&lt;Action&gt;</c>, timer
/// arm + cancel vs <c>Timer.Change</c>) as the median of several BenchmarkDotNet runs, each ratio taken between the
/// baseline and the candidate of the same run; prints per form the median time, the ratio's median and spread, the
/// bytes allocated per operation (worst run) and whether the goal is met. Each run contributes the median of its
/// iterations (one iteration preempted on a shared machine does not move it). In-process, so it runs in a few minutes.
/// </summary>
/// <remarks>
/// The post forms run in two placements (see <see cref="PostThroughputBenchmarks"/>): <c>pinned</c>, the consumer
/// alone on one CPU and the producers on the others, for the baseline and the candidates alike (the goals are judged
/// on it where threads can be pinned), and <c>unpinned</c>, printed for reference: there the ratio follows where the
/// scheduler put the threads in each run. The header prints the CPUs each pinned case used.
/// LOOP_GOALS_PLACEMENT=pinned|unpinned runs one placement only.
/// </remarks>
internal static class LoopGoals
{
    private static readonly Dictionary<string, string> FormNames = new()
    {
        ["ChannelOfAction"] = "Channel<Action> (baseline)",
        ["DispatcherPostAction"] = "Post(Action)",
        ["DispatcherPostWithValueState"] = "Post<int>",
        ["DispatcherPostWithLargeState"] = "Post<64-byte struct>",
        ["DispatcherPostWorkItem"] = "Post(IDispatcherWorkItem)",
        ["SystemTimerChangePair"] = "Timer.Change pair (baseline)",
        ["DispatcherTimerArmAndCancel"] = "arm + cancel",
    };

    public static void Run(int runs)
    {
        Console.WriteLine($"loop goals: {runs} runs, load average at start: {LoadAverage()}");
        foreach (string placement in PostThroughputBenchmarks.Placements)
        {
            foreach (int producers in PostThroughputBenchmarks.ProducerCounts)
            {
                Console.WriteLine($"  placement {placement}, P={producers}: {PostThroughputBenchmarks.DescribePlacement(placement, producers)}");
            }
        }

        bool judgedPinned = PostThroughputBenchmarks.Placements.Contains(PostThroughputBenchmarks.Pinned);
        Job job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(150))
            .WithUnrollFactor(1);
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "weft-loop-goals"))
            .WithOptions(ConfigOptions.DisableLogFile);
        // LOOP_GOALS_ONLY=DispatcherPostAction,...: those forms and their baselines; LOOP_GOALS_PRODUCERS=1: that count only.
        // For a before/after of one change; the goals are judged on a full run.
        string[] only = (Environment.GetEnvironmentVariable("LOOP_GOALS_ONLY") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? producersOnly = Environment.GetEnvironmentVariable("LOOP_GOALS_PRODUCERS");
        if (only.Length != 0 || producersOnly is not null)
        {
            config = ((ManualConfig)config).AddFilter(new SimpleFilter(b =>
                (only.Length == 0 || only.Contains(b.Descriptor.WorkloadMethod.Name) ||
                 (b.Descriptor.Baseline && b.Descriptor.Type.GetMethods().Any(m => only.Contains(m.Name)))) &&
                (producersOnly is null || b.Parameters.Items.All(p => p.Name != "Producers" || p.Value?.ToString() == producersOnly))));
        }


        // (method, producers, placement) -> per-run (ns per op, bytes per op, speed-up vs the same run's baseline)
        var results = new Dictionary<(string Method, int Producers, string Placement), List<(double Ns, long Bytes, double SpeedUp)>>();
        for (int run = 1; run <= runs; run++)
        {
            foreach (Type type in new[] { typeof(PostThroughputBenchmarks), typeof(TimerBenchmarks) })
            {
                Summary summary = BenchmarkRunner.Run(type, config);
                var measured = summary.Reports
                    .Where(r => r.ResultStatistics is not null)
                    .Select(r => (
                        Method: r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                        Producers: r.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Producers")?.Value is int p ? p : 0,
                        Placement: r.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Placement")?.Value as string ?? "",
                        Baseline: r.BenchmarkCase.Descriptor.Baseline,
                        Ns: r.ResultStatistics!.Median,
                        Bytes: AllocatedPerOperation(r)))
                    .ToList();
                foreach (var row in measured)
                {
                    double baseline = measured.Single(b => b.Baseline && b.Producers == row.Producers && b.Placement == row.Placement).Ns;
                    var key = (row.Method, row.Producers, row.Placement);
                    if (!results.TryGetValue(key, out var list))
                    {
                        results[key] = list = new();
                    }

                    list.Add((row.Ns, row.Bytes, baseline / row.Ns));
                }
            }

            Console.WriteLine($"  run {run} done, load average {LoadAverage()}");
        }

        Console.WriteLine();
        Console.WriteLine($"| form | P | placement | median ns/op | spread | speed-up (median) | speed-up spread | B/op (max) | goal | met |");
        Console.WriteLine($"|---|---|---|---:|---|---:|---|---:|---|---|");
        foreach (var ((method, producers, placement), list) in results
            .OrderBy(r => r.Key.Method.Contains("Timer", StringComparison.Ordinal))
            .ThenBy(r => r.Key.Placement == PostThroughputBenchmarks.Unpinned)
            .ThenBy(r => r.Key.Producers))
        {
            // Unpinned rows are for reference where the pinned ones are measured: the goal is judged once, on those.
            bool isBaseline = method is "ChannelOfAction" or "SystemTimerChangePair";
            bool reference = judgedPinned && placement == PostThroughputBenchmarks.Unpinned;
            double goal = method.Contains("Timer", StringComparison.Ordinal) ? 8 : producers == 1 ? 3 : 2;
            double medianSpeedUp = Median(list.Select(l => l.SpeedUp));
            long maxBytes = list.Max(l => l.Bytes);
            string met = isBaseline ? "" : reference ? "(reference)" : medianSpeedUp >= goal && (maxBytes == 0 || method.Contains("Channel", StringComparison.Ordinal)) ? "yes" : "no";
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {FormNames.GetValueOrDefault(method, method)} | {(producers == 0 ? "-" : producers.ToString(CultureInfo.InvariantCulture))} | {(placement.Length == 0 ? "-" : placement)} | {Median(list.Select(l => l.Ns)):F1} | {list.Min(l => l.Ns):F1}–{list.Max(l => l.Ns):F1} | {medianSpeedUp:F2}× | {list.Min(l => l.SpeedUp):F2}–{list.Max(l => l.SpeedUp):F2}× | {maxBytes} | {(isBaseline ? "baseline" : $"≥ {goal:F0}×, 0 B")} | {met} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"load average at end: {LoadAverage()}");
    }

    private static long AllocatedPerOperation(BenchmarkReport report)
    {
        long? bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
        return bytes ?? -1;
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>/proc/loadavg as one line, or "n/a" where it cannot be read.</summary>
    internal static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }
}
