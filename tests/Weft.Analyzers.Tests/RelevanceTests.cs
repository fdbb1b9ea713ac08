using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Analyzers.Engine;

namespace Weft.Analyzers.Tests;

/// <summary>
/// The engine's pre-filter (Engine/Relevance.cs): which bodies get no control-flow graph at all. A body is skipped
/// only when running it could report nothing; the tests pin both sides, and that a skipped body's writes into a
/// field another method published are still reported (the type's end analyses it then).
/// </summary>
public sealed class RelevanceTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft.Slots;
        namespace App;

        public sealed class Shapes
        {
            private volatile int _hits;
            private readonly List<string> _names = new();

            public int Plain(string text)
            {
                var parts = new List<string>(text.Split(','));
                parts.Sort();
                foreach (string part in parts) { _names.Add(part); }
                return parts.Count + Helper(parts);
            }

            private static int Helper(List<string> parts) => parts.Count * 2;

            public void CallsAPublishingHelper(Slot<List<string>> slot) => Ship(slot, new List<string>());

            private static void Ship(Slot<List<string>> slot, List<string> list) => slot.Publish(list);

            public async Task Awaits() => await Task.Yield();

            public void StartsAThread() => Task.Run(() => _names.Clear());

            public void BumpsAVolatile() => _hits++;

            public void ThroughAnInterface(IWork work) => work.Run();

            public void Invokes(Action action) => action();

            public void DisposesThroughTheInterface(Closing closing) => ((IDisposable)closing).Dispose();

            public void UsesASourceResource(Closing closing)
            {
                using (closing) { }
            }
        }

        public sealed class Closing : IDisposable
        {
            private readonly Slot<List<string>> _slot;
            public Closing(Slot<List<string>> slot) => _slot = slot;
            public void Dispose() => _slot.Publish(new List<string>());
        }

        public interface IWork { void Run(); }

        public sealed class Shipping : IWork
        {
            private readonly Slot<List<string>> _slot;
            public Shipping(Slot<List<string>> slot) => _slot = slot;
            public void Run() => _slot.Publish(new List<string>());
        }
        """;

    [Theory]
    [InlineData("Plain", false)]
    [InlineData("CallsAPublishingHelper", true)]
    [InlineData("Awaits", true)]
    [InlineData("StartsAThread", true)]
    [InlineData("BumpsAVolatile", true)]
    [InlineData("ThroughAnInterface", true)]
    [InlineData("Invokes", true)]
    [InlineData("DisposesThroughTheInterface", true)]
    [InlineData("UsesASourceResource", true)]
    public void A_body_matters_only_when_it_can_touch_something_Weft(string method, bool expected)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Relevance",
            [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest))],
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        WeftSymbols symbols = WeftSymbols.TryCreate(compilation) ?? throw new Xunit.Sdk.XunitException("Weft not referenced");
        var engine = new FlowEngine(compilation, symbols);
        SyntaxTree tree = compilation.SyntaxTrees[0];
        SemanticModel model = compilation.GetSemanticModel(tree);
        MethodDeclarationSyntax declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == method);
        IOperation body = model.GetOperation(declaration) ?? throw new Xunit.Sdk.XunitException($"no operation for {method}");
        ISymbol owner = model.GetDeclaredSymbol(declaration)!;

        Assert.Equal(expected, engine.MayMatter(ImmutableArray.Create(body), owner));
    }

    [Fact]
    public Task A_skipped_body_still_reports_its_write_to_a_field_another_method_published() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public sealed class Names
        {
            private readonly List<string> _names = new();

            public void Share(Slot<List<string>> slot) => slot.Publish(_names);

            public void Add(string name) => {|WEFT0002:_names.Add(name)|};
        }
        """);
}
