using System.Collections.Immutable;
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
/// the measurement, for both). The ratio column is the share.
/// </summary>
[MemoryDiagnoser]
public class GeneratorTimeBenchmarks
{
    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<MetadataReference> _references;
    private CSharpParseOptions _parseOptions = null!;

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
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ThreadLocalSlotGenerator().AsSourceGenerator()], parseOptions: _parseOptions);
        return driver.RunGenerators(NewCompilation()).GetRunResult().GeneratedTrees.Length;
    }

    private CSharpCompilation NewCompilation() => CSharpCompilation.Create(
        "ThousandSlots",
        _trees,
        _references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

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
