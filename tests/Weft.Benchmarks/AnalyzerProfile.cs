using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Weft.Analyzers;
using Weft.Generators;

namespace Weft.Benchmarks;

/// <summary>
/// Where the flow engine's time goes, in process: the sources of a directory (analyzer-time.sh writes them with
/// PROFILE=1) are compiled with the generator, then each round binds a fresh compilation without analyzers and runs
/// <see cref="WeftFlowAnalyzer"/> over another fresh one with execution times logged (what <c>-p:ReportAnalyzer=true</c>
/// reports). Sequential analysis, so the figures add up; run it under <c>dotnet-trace collect</c> to see the frames.
/// </summary>
internal static class AnalyzerProfile
{
    // dotnet run -c Release --project tests/Weft.Benchmarks -- --analyzer-profile DIR [rounds]
    public static void Run(string directory, int rounds)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        ImmutableArray<SyntaxTree> trees = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
            .ToImmutableArray();
        int lines = trees.Sum(t => t.GetText().Lines.Count);
        ImmutableArray<MetadataReference> references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location))
            .ToImmutableArray();

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);
        CSharpCompilation source = CSharpCompilation.Create("Load", trees, references, options);
        CSharpGeneratorDriver.Create([new ThreadLocalSlotGenerator().AsSourceGenerator()], parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(source, out Compilation generated, out _);
        ImmutableArray<SyntaxTree> allTrees = generated.SyntaxTrees.ToImmutableArray();
        Console.WriteLine($"{trees.Length} files, {lines} lines, {allTrees.Length - trees.Length} generated trees");

        var analyzer = new WeftFlowAnalyzer();
        for (int round = 1; round <= rounds; round++)
        {
            // CPU time and allocations move far less than wall time on a shared machine: both are printed.
            Measure bind = Measure.Start();
            int errors = Fresh().GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            bind.Stop();

            var withAnalyzers = Fresh().WithAnalyzers(
                [analyzer],
                new CompilationWithAnalyzersOptions(AnalyzerOptions(), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            Measure pass = Measure.Start();
            ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            pass.Stop();
            TimeSpan analyzerTime = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: bind+diagnostics {bind} ({errors} errors); bind+analyzer pass {pass}; WeftFlowAnalyzer {analyzerTime.TotalSeconds:F2} s by ReportAnalyzer's clock ({analyzerTime.TotalSeconds * 1000 / lines:F4} s per 1,000 lines); pass minus bind: {pass.CpuSeconds - bind.CpuSeconds:F2} s CPU, {(pass.Bytes - bind.Bytes) / 1048576.0:F0} MB; {diagnostics.Length} diagnostics"));
            foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"    {group.Key}: {group.Count()}");
            }
        }

        CSharpCompilation Fresh() => CSharpCompilation.Create("Load", allTrees, references, options);
    }

    private static AnalyzerOptions AnalyzerOptions() => new([]);

    /// <summary>Wall time, process CPU time and bytes allocated over a stretch of work.</summary>
    private sealed class Measure
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly long _bytesAtStart = GC.GetTotalAllocatedBytes(precise: false);

        public double WallSeconds { get; private set; }

        public double CpuSeconds { get; private set; }

        public long Bytes { get; private set; }

        public static Measure Start() => new();

        public void Stop()
        {
            WallSeconds = _wall.Elapsed.TotalSeconds;
            CpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart).TotalSeconds;
            Bytes = GC.GetTotalAllocatedBytes(precise: false) - _bytesAtStart;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{WallSeconds:F2} s wall, {CpuSeconds:F2} s CPU, {Bytes / 1048576.0:F0} MB");
    }

    /// <summary>The arguments after the switch: the directory and the number of rounds (3 by default).</summary>
    public static void FromArguments(IReadOnlyList<string> args)
    {
        int at = args.ToList().IndexOf("--analyzer-profile");
        string directory = args.Count > at + 1 ? args[at + 1] : throw new ArgumentException("--analyzer-profile needs a directory of .cs files");
        int rounds = args.Count > at + 2 ? int.Parse(args[at + 2], CultureInfo.InvariantCulture) : 3;
        Run(directory, rounds);
    }
}
