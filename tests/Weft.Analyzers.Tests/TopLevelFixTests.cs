using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Weft.CodeFixes;
using Weft.Generators;

namespace Weft.Analyzers.Tests;

/// <summary>The WEFT0002 fix in a program made of top-level statements (the quick start's shape).</summary>
public sealed class TopLevelFixTests
{
    private const string Types = """

        [ThreadLocalSlot]
        public sealed partial class Table { public List<string> Hosts { get; init; } = new(); public int Version; }
        """;

    [Fact]
    public Task Writes_after_a_publish_move_in_front_of_it_in_top_level_statements() => RunAsync("""
        using System.Collections.Generic;
        using Weft;

        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1 });
        var table = new Table();
        await Table.PublishAsync(pool, table);
        {|WEFT0002:table.Version = 2|};
        {|WEFT0002:table.Hosts.Add("b")|};
        """ + Types, """
        using System.Collections.Generic;
        using Weft;

        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1 });
        var table = new Table();
        table.Version = 2;
        table.Hosts.Add("b");
        await Table.PublishAsync(pool, table);
        """ + Types);

    private static Task RunAsync(string source, string fixedSource)
    {
        var test = new CSharpCodeFixTest<PublishedObjectMutationAnalyzer, MoveWriteBeforePublishCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
            NumberOfFixAllInProjectIterations = 1,
        };
        foreach (SolutionState state in new[] { test.TestState, test.FixedState })
        {
            state.OutputKind = OutputKind.ConsoleApplication;
            state.ReferenceAssemblies = new ReferenceAssemblies("custom");
            state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location));
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location));
            foreach ((string hint, string text) in Generate(fixedSource))
            {
                state.Sources.Add(($"/0/Generated/{hint}", text));
            }
        }

        return test.RunAsync();
    }

    private static (string Hint, string Text)[] Generate(string plain)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Probe",
            [CSharpSyntaxTree.ParseText(plain, parse)],
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ThreadLocalSlotGenerator().AsSourceGenerator()], parseOptions: parse).RunGenerators(compilation);
        return driver.GetRunResult().GeneratedTrees.Select(t => (System.IO.Path.GetFileName(t.FilePath), t.ToString())).ToArray();
    }
}
