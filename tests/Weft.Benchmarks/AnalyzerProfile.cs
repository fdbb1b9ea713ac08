using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
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
/// reports) and with the CPU time of its callbacks' threads (<see cref="CpuTimedAnalyzer"/>, which load moves far less).
/// Given another build of Weft.Analyzers.dll it runs that too, interleaved, for a before/after in one run. Sequential
/// analysis, so the figures add up; run it under <c>dotnet-trace collect</c> to see the frames.
/// </summary>
internal static class AnalyzerProfile
{
    // dotnet run -c Release --project tests/Weft.Benchmarks -- --analyzer-profile DIR [rounds]
    public static void Run(string directory, int rounds, string? baseline)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        // The runtime's own sources (src/Weft, which builds with the analyzers on) compile as Weft.csproj does: unsafe
        // allowed, its package references beside the framework, no reference to a built Weft.dll, no linked contract.
        bool runtime = File.Exists(Path.Combine(directory, "ThreadRoleAttributes.cs"));
        ImmutableArray<SyntaxTree> trees = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                           !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                           !(runtime && path.EndsWith("GeneratedContract.cs", StringComparison.Ordinal)))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
            .ToImmutableArray();
        int lines = trees.Sum(t => t.GetText().Lines.Count);
        IEnumerable<MetadataReference> own = runtime
            ? Directory.EnumerateFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll").Select(path => MetadataReference.CreateFromFile(path))
            : [MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location)];
        ImmutableArray<MetadataReference> references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Concat(own)
            .ToImmutableArray();

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false, allowUnsafe: runtime);
        string assemblyName = runtime ? "Weft" : "Load";
        CSharpCompilation source = CSharpCompilation.Create(assemblyName, trees, references, options);
        Measure generator = Measure.Start();
        CSharpGeneratorDriver.Create([new ThreadLocalSlotGenerator().AsSourceGenerator()], parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(source, out Compilation generated, out _);
        generator.Stop();
        ImmutableArray<SyntaxTree> allTrees = generated.SyntaxTrees.ToImmutableArray();
        Console.WriteLine($"{trees.Length} files, {lines} lines, {allTrees.Length - trees.Length} generated trees; the generator's run (cold, binding included) {generator}");

        // The engine as built here, and optionally another build of Weft.Analyzers.dll (a baseline) in its own load
        // context: both run in every round, alternating which goes first, so they see the same machine load.
        var engines = new List<(string Name, CpuTimedAnalyzer Analyzer)> { ("this build", new CpuTimedAnalyzer(new WeftFlowAnalyzer())) };
        var builds = new Dictionary<string, Assembly> { ["this build"] = typeof(WeftFlowAnalyzer).Assembly };
        if (baseline is not null)
        {
            DiagnosticAnalyzer baselineAnalyzer = BaselineLoadContext.CreateFlowAnalyzer(baseline);
            engines.Add(("baseline", new CpuTimedAnalyzer(baselineAnalyzer)));
            builds["baseline"] = baselineAnalyzer.GetType().Assembly;
        }

        var cpuByEngine = engines.ToDictionary(e => e.Name, _ => new List<double>());

        // WEFT_OTHERS=1: the other Weft analyzers too (WEFT0001, WEFT0100–0109), each timed the same way.
        Dictionary<string, CpuTimedAnalyzer>? others = Environment.GetEnvironmentVariable("WEFT_OTHERS") == "1"
            ? new()
            {
                ["SnapshotImmutabilityAnalyzer"] = new CpuTimedAnalyzer(new SnapshotImmutabilityAnalyzer()),
                ["SlotDeclarationAnalyzer"] = new CpuTimedAnalyzer(new SlotDeclarationAnalyzer()),
            }
            : null;

        // WEFT_ALLOCS=1: what the analyzer pass allocates, by type (sampled; the binding of the pass included).
        using AllocationListener? allocations = Environment.GetEnvironmentVariable("WEFT_ALLOCS") == "1" ? new AllocationListener() : null;
        for (int round = 1; round <= rounds; round++)
        {
            // CPU time and allocations move far less than wall time on a shared machine: both are printed.
            Measure bind = Measure.Start();
            int errors = Fresh().GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            bind.Stop();
            Console.WriteLine($"round {round}: bind+diagnostics {bind} ({errors} errors)");

            if (others is not null)
            {
                // The other two Weft analyzers of a build, in a pass of their own: their callbacks' CPU each, to set
                // beside the flow analyzer's (what share of the Weft analyzers' time each is).
                foreach (CpuTimedAnalyzer other in others.Values)
                {
                    other.Reset();
                }

                Fresh().WithAnalyzers(
                        [.. others.Values],
                        new CompilationWithAnalyzersOptions(AnalyzerOptions(), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true))
                    .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                Console.WriteLine("    " + string.Join("; ", others.Select(o => string.Create(CultureInfo.InvariantCulture,
                    $"{o.Key}: {o.Value.CpuSeconds:F3} s CPU, {o.Value.Bytes / 1048576.0:F0} MB allocated in its callbacks"))));
            }

            for (int e = 0; e < engines.Count; e++)
            {
                (string name, CpuTimedAnalyzer analyzer) = engines[(e + round) % engines.Count];
                analyzer.Reset();
                var withAnalyzers = Fresh().WithAnalyzers(
                    [analyzer],
                    new CompilationWithAnalyzersOptions(AnalyzerOptions(), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                Measure pass = Measure.Start();
                allocations?.Reset();
                int? acceptedBefore = AcceptedBodies(builds[name]);
                ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                pass.Stop();
                string accepted = AcceptedBodies(builds[name]) - acceptedBefore is { } count ? string.Create(CultureInfo.InvariantCulture, $"; {count} bodies accepted by the body screen (no graph, no run)") : "";
                TimeSpan analyzerTime = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime;
                cpuByEngine[name].Add(analyzer.CpuSeconds);
                string ids = string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {name}: WeftFlowAnalyzer {analyzerTime.TotalSeconds:F2} s by ReportAnalyzer's clock ({analyzerTime.TotalSeconds * 1000 / lines:F4} s per 1,000 lines), {analyzer.CpuSeconds:F2} s CPU on its threads ({analyzer.CpuSeconds * 1000 / lines:F4} s per 1,000 lines), {analyzer.Bytes / 1048576.0:F0} MB allocated in its callbacks; bind+analyzer pass {pass}; {diagnostics.Length} diagnostics{(ids.Length > 0 ? $" ({ids})" : "")}{accepted}"));
                allocations?.Print(400);
            }
        }

        // Round 1 pays the JIT of the engine: the median of the later rounds is the figure.
        foreach (var (name, cpu) in cpuByEngine)
        {
            double[] later = cpu.Skip(rounds > 1 ? 1 : 0).OrderBy(v => v).ToArray();
            double median = later.Length % 2 == 1 ? later[later.Length / 2] : (later[(later.Length / 2) - 1] + later[later.Length / 2]) / 2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median CPU of rounds 2+ {median:F2} s ({median * 1000 / lines:F4} s per 1,000 lines)"));
        }

        CSharpCompilation Fresh() => CSharpCompilation.Create(assemblyName, allTrees, references, options);
    }

    /// <summary>How many bodies a build's body screen (Engine/QuietBodies) has accepted in this process; null for a build without one.</summary>
    private static int? AcceptedBodies(Assembly build) =>
        build.GetType("Weft.Analyzers.Engine.QuietBodies")?.GetProperty("AcceptedCount", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as int?;

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

    /// <summary>Loads another build of Weft.Analyzers.dll beside this one; Roslyn and the rest come from the default context.</summary>
    private sealed class BaselineLoadContext(string path) : AssemblyLoadContext("weft-analyzers-baseline")
    {
        public static DiagnosticAnalyzer CreateFlowAnalyzer(string path)
        {
            Assembly assembly = new BaselineLoadContext(Path.GetFullPath(path)).LoadFromAssemblyPath(Path.GetFullPath(path));
            Type type = assembly.GetType("Weft.Analyzers.WeftFlowAnalyzer", throwOnError: true)!;
            return (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
        }

        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == "Weft.Analyzers" ? LoadFromAssemblyPath(path) : null;
    }

    /// <summary>The arguments after the switch: the directory, the number of rounds (3 by default), a baseline Weft.Analyzers.dll (optional).</summary>
    public static void FromArguments(IReadOnlyList<string> args)
    {
        int at = args.ToList().IndexOf("--analyzer-profile");
        string directory = args.Count > at + 1 ? args[at + 1] : throw new ArgumentException("--analyzer-profile needs a directory of .cs files");
        int rounds = args.Count > at + 2 ? int.Parse(args[at + 2], CultureInfo.InvariantCulture) : 3;
        string? baseline = args.Count > at + 3 ? args[at + 3] : null;
        Run(directory, rounds, baseline);
    }
}
