using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Tests;

/// <summary>
/// Users build with documentation files and warnings as errors: every generated public member is documented (its
/// <c>inheritdoc</c> cref resolves to the runtime's docs) and carries its thread role for the analyzers.
/// </summary>
public sealed class DocumentationTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using Weft;
        namespace Documented;

        /// <summary>Routes.</summary>
        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            /// <summary>All of them.</summary>
            public ImmutableArray<string> All { get; init; }
        }

        /// <summary>A cache.</summary>
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            private readonly Dictionary<string, int> _items = new();

            /// <summary>Adds.</summary>
            /// <param name="key">Key.</param>
            /// <param name="value">Value.</param>
            [WorkerUpdate] public void Put(string key, int value) => _items[key] = value;
        }
        """;

    [Fact]
    public void Generated_public_members_are_documented_with_warnings_as_errors()
    {
        CSharpCompilation input = GeneratorHarness.Compile(Source);
        var parse = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        input = input.RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText(Source, parse, path: "Source0.cs"));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ThreadLocalSlotGenerator().AsSourceGenerator()], parseOptions: parse);
        driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);

        Assert.Equal(2, output.SyntaxTrees.Count() - 1);
        string[] problems = GeneratorHarness.Problems(output);
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("Routes", "Current", null, "Weft.SharedSnapshotAttribute,Weft.RequiresLoopThreadAttribute")]
    [InlineData("Routes", "TryGetCurrent", "value", "Weft.SharedSnapshotAttribute")]
    [InlineData("Routes", "PublishAsync", "value", "Weft.PublishedAttribute")]
    [InlineData("Routes", "Publish", "value", "Weft.PublishedAttribute")]
    [InlineData("Routes", "Publish", "onAllApplied", "Weft.RunsOnMainAttribute")]
    [InlineData("Cache", "Current", null, "Weft.WorkerOwnedAttribute,Weft.RequiresLoopThreadAttribute")]
    [InlineData("Cache", "TryGetCurrent", "value", "Weft.WorkerOwnedAttribute")]
    [InlineData("Cache", "Initialize", "factory", "Weft.PerWorkerFactoryAttribute")]
    [InlineData("Cache", "InitializeAsync", "factory", "Weft.PerWorkerFactoryAttribute")]
    [InlineData("Cache", "UpdateAllAsync", "update", "Weft.RunsOnEveryWorkerAttribute")]
    [InlineData("Cache", "UpdateAll", "update", "Weft.RunsOnEveryWorkerAttribute")]
    [InlineData("Cache", "UpdateAll", "onAllApplied", "Weft.RunsOnMainAttribute")]
    [InlineData("Cache", "PutOnAllWorkersAsync", "key", "Weft.PublishedAttribute")]
    [InlineData("Cache", "PutOnAllWorkersAsync", "value", "")]
    [InlineData("Cache", "PutOnAllWorkers", "key", "Weft.PublishedAttribute")]
    [InlineData("Cache", "PutOnAllWorkers", "onAllApplied", "Weft.RunsOnMainAttribute")]
    public void Generated_members_carry_their_thread_roles(string type, string member, string? parameter, string roles)
    {
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(Source));
        ISymbol symbol = output.GetTypeByMetadataName("Documented." + type)!.GetMembers(member).Single();
        ISymbol target = parameter is null ? symbol : ((IMethodSymbol)symbol).Parameters.Single(p => p.Name == parameter);
        string[] found = target.GetAttributes().Select(a => a.AttributeClass!.ToDisplayString()).Where(n => n.StartsWith("Weft.", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(roles.Split(',', System.StringSplitOptions.RemoveEmptyEntries), found);
    }
}
