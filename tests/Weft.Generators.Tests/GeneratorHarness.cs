using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators;

namespace Weft.Generators.Tests;

/// <summary>Runs the generator over source text against the real .NET 10 reference assemblies and the Weft runtime.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
            .ToImmutableArray();

    public static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "Consumer" + Guid.NewGuid().ToString("N"),
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
        References,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error));

    public static GeneratorDriver CreateDriver(bool track = true) => CSharpGeneratorDriver.Create(
        [new ThreadLocalSlotGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    public static (Compilation Output, GeneratorDriverRunResult Result) Run(CSharpCompilation input)
    {
        GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
        return (output, driver.GetRunResult());
    }

    /// <summary>Generated text per hint name.</summary>
    public static IReadOnlyDictionary<string, string> Generated(GeneratorDriverRunResult result) =>
        result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Errors and warnings (warnings are errors here), for a readable assertion message.</summary>
    public static string[] Problems(Compilation compilation) => compilation.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .Select(d => d.ToString())
        .ToArray();

    /// <summary>Emits the compilation and loads it: generated code must compile cleanly and then run.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }
}
