using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace Weft.Benchmarks;

internal static class Program
{
    // dotnet run -c Release --project tests/Weft.Benchmarks -- --filter '*'
    // dotnet run -c Release --project tests/Weft.Benchmarks -- --latency     (per-call p50/p99 of broadcasts)
    // dotnet run -c Release --project tests/Weft.Benchmarks -- --echo        (loopback echo: Weft loop vs .NET async sockets)
    private static void Main(string[] args)
    {
        if (args.Contains("--echo"))
        {
            EchoComparison.Run();
            return;
        }

        if (args.Contains("--generator-cost"))
        {
            // dotnet run -c Release --project tests/Weft.Benchmarks -- --generator-cost [rounds]
            GeneratorTimeBenchmarks.ReportCost(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        if (args.Contains("--loop-goals"))
        {
            // dotnet run -c Release --project tests/Weft.Benchmarks -- --loop-goals [runs]   (median of 5 by default)
            int at = Array.IndexOf(args, "--loop-goals");
            LoopGoals.Run(args.Length > at + 1 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        if (args.Contains("--post-pairs"))
        {
            // dotnet run -c Release --project tests/Weft.Benchmarks -- --post-pairs [rounds]   (interleaved, paired ratios)
            int at = Array.IndexOf(args, "--post-pairs");
            PostPairs.Run(args.Length > at + 1 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 41);
            return;
        }

        if (args.Contains("--post-rounds"))
        {
            // dotnet run -c Release --project tests/Weft.Benchmarks -- --post-rounds [rounds]   (P = 1, per round: ns, loop iterations, cell alignment)
            int at = Array.IndexOf(args, "--post-rounds");
            PostRounds.Run(args.Length > at + 1 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 20);
            return;
        }

        if (args.Contains("--line-round-trip"))
        {
            // dotnet run -c Release --project tests/Weft.Benchmarks -- --line-round-trip [rounds]   (one cache line between the pinned CPUs)
            int at = Array.IndexOf(args, "--line-round-trip");
            LineRoundTrip.Run(args.Length > at + 1 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 9);
            return;
        }

        if (args.Contains("--post-cost"))
        {
            // dotnet run -c Release --project tests/Weft.Benchmarks -- --post-cost [rounds]   (one thread: CPU per post)
            int at = Array.IndexOf(args, "--post-cost");
            PostCost.Run(args.Length > at + 1 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 2_000);
            return;
        }

        if (args.Contains("--timer-cost"))
        {
            // dotnet run -c Release --project tests/Weft.Benchmarks -- --timer-cost [rounds]   (one thread: CPU per arm + cancel)
            int at = Array.IndexOf(args, "--timer-cost");
            TimerCost.Run(args.Length > at + 1 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 2_000);
            return;
        }

        if (args.Contains("--analyzer-profile"))
        {
            AnalyzerProfile.FromArguments(args);
            return;
        }

        if (args.Contains("--latency"))
        {
            BroadcastLatency.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
