using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators;

namespace Weft.Benchmarks;

/// <summary>
/// Goal: the generator over a project of 1,000 <c>[ThreadLocalSlot]</c> types costs &lt; 5% of that project's
/// compile time. Baseline: binding and emitting the project without the generator (sources parsed once, outside
/// the measurement, for both). <see cref="RunGeneratorOnProject"/> charges the first binding of a fresh compilation
/// to the generator; <see cref="CompileProjectWithGenerator"/> is the real build (generator, then bind and emit with
/// the generated code). The generator's own steps, as the driver times them (<c>GetTimingInfo()</c>), and the bytes
/// generated per type are printed at cleanup (look for "generator own time" in the log).
/// </summary>
[MemoryDiagnoser]
public class GeneratorTimeBenchmarks
{
    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<MetadataReference> _references;
    private CSharpParseOptions _parseOptions = null!;
    private TimeSpan _generatorOwnTime;
    private int _generatorRuns;

    [GlobalSetup]
    public void Setup()
    {
        _parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        _trees = Enumerable.Range(0, 100).Select(file => CSharpSyntaxTree.ParseText(FileWithTenSlots(file), _parseOptions, path: $"Slots{file}.cs")).ToImmutableArray();
        _references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location))
            .ToImmutableArray();
    }

    [Benchmark(Baseline = true)]
    public bool CompileProjectWithoutGenerator() => NewCompilation().Emit(Stream.Null).Success;

    [Benchmark]
    public int RunGeneratorOnProject()
    {
        GeneratorDriver driver = NewDriver().RunGenerators(NewCompilation());
        Record(driver);
        return driver.GetRunResult().GeneratedTrees.Length;
    }

    [Benchmark]
    public bool CompileProjectWithGenerator()
    {
        GeneratorDriver driver = NewDriver().RunGeneratorsAndUpdateCompilation(NewCompilation(), out Compilation output, out _);
        Record(driver);
        return output.Emit(Stream.Null).Success;
    }

    [GlobalCleanup]
    public void Report()
    {
        GeneratorDriverRunResult result = NewDriver().RunGenerators(NewCompilation()).GetRunResult();
        long bytes = result.GeneratedTrees.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t.ToString()));
        string ownTime = _generatorRuns == 0 ? "n/a" : (_generatorOwnTime.TotalMilliseconds / _generatorRuns).ToString("F1", CultureInfo.InvariantCulture) + " ms";
        Console.WriteLine($"// generator own time (GetTimingInfo, mean of {_generatorRuns} runs): {ownTime}; generated {bytes / result.GeneratedTrees.Length} bytes per type ({result.GeneratedTrees.Length} types)");
    }

    private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create([new ThreadLocalSlotGenerator().AsSourceGenerator()], parseOptions: _parseOptions);

    private void Record(GeneratorDriver driver)
    {
        _generatorOwnTime += TimeSpan.FromTicks(driver.GetTimingInfo().GeneratorTimes.Sum(g => g.ElapsedTime.Ticks));
        _generatorRuns++;
    }

    private CSharpCompilation NewCompilation() => CSharpCompilation.Create(
        "ThousandSlots",
        _trees,
        _references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// The generator's share of a build, without BenchmarkDotNet (one compile of this project takes seconds, too long
    /// for its in-process toolchain; a loaded machine needs interleaved rounds). Each round compiles the project with
    /// its generated code already present (A: the compile time of 1,000 slot types), then runs the real build
    /// (B: generator on a fresh compilation, then bind and emit), reading the generator's own time from the driver
    /// (G, <c>GetTimingInfo()</c>). Prints medians and G/B. <c>dotnet run -c Release --project tests/Weft.Benchmarks -- --generator-cost [rounds]</c>
    /// </summary>
    public static void ReportCost(int rounds)
    {
        var benchmark = new GeneratorTimeBenchmarks();
        benchmark.Setup();
        GeneratorDriverRunResult generated = benchmark.NewDriver().RunGenerators(benchmark.NewCompilation()).GetRunResult();
        long bytes = generated.GeneratedTrees.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t.ToString()));
        var generatedTrees = generated.GeneratedTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), benchmark._parseOptions, t.FilePath)).ToArray();
        var compile = new System.Collections.Generic.List<double>();
        var build = new System.Collections.Generic.List<double>();
        var own = new System.Collections.Generic.List<double>();
        for (int round = -1; round < rounds; round++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            bool compiled = benchmark.NewCompilation().AddSyntaxTrees(generatedTrees).Emit(Stream.Null).Success;
            double a = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            GeneratorDriver driver = benchmark.NewDriver().RunGeneratorsAndUpdateCompilation(benchmark.NewCompilation(), out Compilation output, out _);
            bool built = output.Emit(Stream.Null).Success;
            double b = clock.Elapsed.TotalMilliseconds;
            double g = driver.GetTimingInfo().GeneratorTimes.Sum(t => t.ElapsedTime.TotalMilliseconds);
            if (!compiled || !built)
            {
                throw new InvalidOperationException("the benchmark project does not compile");
            }

            // Round -1 warms the JIT and the reference assemblies' metadata; it is not counted.
            if (round >= 0)
            {
                compile.Add(a);
                build.Add(b);
                own.Add(g);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: compile with generated code {a:F0} ms, build with generator {b:F0} ms, generator own {g:F0} ms ({g / b:P1})"));
            }
        }

        double Median(System.Collections.Generic.List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of {rounds}: A compile {Median(compile):F0} ms, B build {Median(build):F0} ms, G generator own {Median(own):F0} ms = {Median(own) / Median(build):P1} of B; generated {bytes / generated.GeneratedTrees.Length} bytes per type"));
    }

    private static string FileWithTenSlots(int file)
    {
        var text = new StringBuilder("using System.Collections.Generic;\nusing System.Collections.Immutable;\nusing Weft;\nnamespace Generated.Project" + file + ";\n");
        for (int i = 0; i < 10; i++)
        {
            int n = (file * 10) + i;
            if (n % 2 == 0)
            {
                text.Append("[ThreadLocalSlot] public sealed partial class Snapshot").Append(n)
                    .Append(" { public ImmutableArray<string> Items { get; init; } public int Version { get; init; } public string Describe() => Version + \":\" + Items.Length; }\n");
            }
            else
            {
                text.Append("[ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class State").Append(n)
                    .Append(" { private readonly Dictionary<string, int> _map = new(); [WorkerUpdate] void Put(string key, int value) => _map[key] = value; [WorkerUpdate] void Drop(string key) => _map.Remove(key); }\n");
            }
        }

        return text.ToString();
    }
}
