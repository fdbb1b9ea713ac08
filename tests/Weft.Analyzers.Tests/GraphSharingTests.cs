using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Weft.Analyzers.Engine;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Building a body's control-flow graph is most of what the engine costs: each body's graph is built once per
/// compilation and shared by the body's own analysis and every caller's summary of it.
/// </summary>
public sealed class GraphSharingTests
{
    private const string Source = """
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public sealed class Shipping
        {
            public void First(Slot<List<string>> slot) => Ship(slot, new List<string>());

            public void Second(Slot<List<string>> slot) => Ship(slot, new List<string> { "a" });

            private static void Ship(Slot<List<string>> slot, List<string> list) => slot.Publish(list);
        }
        """;

    [Fact]
    public async Task Each_body_graph_is_built_once_for_its_own_analysis_and_its_callers_summaries()
    {
        string name = "GraphSharing" + Interlocked.Increment(ref s_run);
        var engines = new ConcurrentBag<FlowEngine>();
        FlowEngine.CreatedForTests = engine =>
        {
            if (engine.Compilation.AssemblyName == name)
            {
                engines.Add(engine);
            }
        };
        try
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                name,
                [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest))],
                Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new WeftFlowAnalyzer()))
                .GetAnalyzerDiagnosticsAsync();

            FlowEngine engine = Assert.Single(engines);

            // Three bodies matter (First, Second and Ship); Ship is analysed on its own and summarised for two callers.
            Assert.Equal(3, engine.GraphsBuilt);
            Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
        finally
        {
            FlowEngine.CreatedForTests = null;
        }
    }

    private static int s_run;
}
