using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Weft.Generators;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Runs an analyzer (and optionally a fix) on inline-markup source against the real .NET 10 reference assemblies and
/// the Weft runtime. The generator's output for the source is added too, as it would be in a real build, so user
/// code may call <c>Current</c>, <c>PublishAsync</c>, <c>…OnAllWorkersAsync</c>.
/// </summary>
internal static class Verifier
{
    public static Task AnalyzeAsync<TAnalyzer>(string source, params (string Key, string Value)[] editorConfig)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState, source, editorConfig);
        return test.RunAsync();
    }

    /// <summary>As above, with diagnostics whose messages are checked too (mark locations with <c>{|#0:…|}</c>).</summary>
    public static Task AnalyzeAsync<TAnalyzer>(string source, DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        Configure(test.TestState, source, []);
        return test.RunAsync();
    }

    /// <summary>Several files compiled as one project (each may hold markup); the generator runs over all of them.</summary>
    public static Task AnalyzeFilesAsync<TAnalyzer>(params string[] files)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>();
        for (int i = 0; i < files.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/File{i}.cs", files[i]));
        }

        Configure(test.TestState, files, []);
        return test.RunAsync();
    }

    /// <summary>Pass <paramref name="fixAllIterations"/> = 0 when no fix may be offered.</summary>
    public static Task FixAsync<TAnalyzer, TFix>(string source, string fixedSource, int fixAllIterations = 1)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            NumberOfIncrementalIterations = fixAllIterations == 0 ? 0 : null,
            NumberOfFixAllIterations = fixAllIterations,
            NumberOfFixAllInDocumentIterations = fixAllIterations,
            NumberOfFixAllInProjectIterations = fixAllIterations,
        };
        Configure(test.TestState, source, []);
        // The fix does not rerun the generator: the fixed project holds the same generated files as the original.
        Configure(test.FixedState, source, []);
        if (fixAllIterations == 0)
        {
            // Nothing is fixed: the diagnostics marked in the unchanged code are still expected there.
            test.FixedState.MarkupHandling = MarkupMode.Allow;
        }
        return test.RunAsync();
    }

    private static void Configure(SolutionState state, string source, (string Key, string Value)[] editorConfig) =>
        Configure(state, [source], editorConfig);

    private static void Configure(SolutionState state, string[] sources, (string Key, string Value)[] editorConfig)
    {
        state.ReferenceAssemblies = new ReferenceAssemblies("custom");
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location));
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location));
        foreach ((string hint, string text) in Generate(sources))
        {
            state.Sources.Add(($"/0/Generated/{hint}", text));
        }

        if (editorConfig.Length > 0)
        {
            state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Join("\n", editorConfig.Select(e => $"{e.Key} = {e.Value}"))));
        }
    }

    /// <summary>What the generator would add for <paramref name="markups"/> (markup stripped first).</summary>
    private static (string Hint, string Text)[] Generate(string[] markups)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Probe",
            markups.Select(markup => CSharpSyntaxTree.ParseText(Regex.Replace(markup, @"\{\|[A-Z0-9]+:|\|\}|\[\||\|\]", string.Empty), parse)),
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ThreadLocalSlotGenerator().AsSourceGenerator()], parseOptions: parse).RunGenerators(compilation);
        return driver.GetRunResult().GeneratedTrees.Select(t => (System.IO.Path.GetFileName(t.FilePath), t.ToString())).ToArray();
    }
}
