using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Weft.Generators;

namespace Weft.Analyzers.Tests;

/// <summary>One diagnostic, located by rule and 1-based line of the corpus file (0: outside the file).</summary>
internal readonly record struct CorpusFinding(string Id, int Line);

/// <summary>What one corpus file expected and what the analyzers reported on it.</summary>
internal sealed record CorpusFileResult(
    string RelativePath,
    string Category,
    IReadOnlyList<CorpusFinding> TruePositives,
    IReadOnlyList<(CorpusFinding Finding, string Message)> FalsePositives,
    IReadOnlyList<CorpusFinding> FalseNegatives,
    IReadOnlyList<string> CompileErrors);

/// <summary>True positives, false positives and false negatives, with the two ratios built on them.</summary>
internal readonly record struct Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>1 when nothing was reported: no false alarm was raised.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>1 when nothing was expected: nothing was missed.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public static Score operator +(Score a, Score b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>All corpus files' results and the time the run took.</summary>
internal sealed record CorpusRun(IReadOnlyList<CorpusFileResult> Files, TimeSpan Elapsed, IReadOnlyList<string> AnalyzerNames)
{
    public Score Totals => Files.Aggregate(default(Score), (s, f) => s + new Score(f.TruePositives.Count, f.FalsePositives.Count, f.FalseNegatives.Count));
}

/// <summary>
/// Compiles each corpus file on its own (with the generator's output, as a real build has it) and runs every
/// analyzer the Weft.Analyzers assembly exports on it.
/// </summary>
internal static partial class CorpusRunner
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
    ];

    /// <summary>The analyzer types of Weft.Analyzers, found by reflection so that new or renamed ones are run too.</summary>
    private static readonly ImmutableArray<Type> AnalyzerTypes = Assembly.Load(new AssemblyName("Weft.Analyzers"))
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    public static CorpusRun Run(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The corpus folder '{root}' is missing from the test output.");
        }

        if (AnalyzerTypes.IsEmpty)
        {
            throw new InvalidOperationException("No DiagnosticAnalyzer was found in Weft.Analyzers.");
        }

        string[] paths = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories);
        Array.Sort(paths, StringComparer.Ordinal);
        var results = new CorpusFileResult[paths.Length];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Parallel.For(
            0,
            paths.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = RunFile(root, paths[i]));
        return new CorpusRun(results, clock.Elapsed, AnalyzerTypes.Select(t => t.Name).ToArray());
    }

    private static CorpusFileResult RunFile(string root, string path)
    {
        string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        string category = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "(root)";
        string text = File.ReadAllText(path);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(text, ParseOptions, path: relative);
        bool topLevel = tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create(Path.GetFileNameWithoutExtension(path).Replace('.', '_'), [tree], References, options);

        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ThreadLocalSlotGenerator().AsSourceGenerator()], parseOptions: ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);

        string[] errors = generated.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{Line(d.Location)}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToArray();

        ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
        ImmutableArray<Diagnostic> reported = generated
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult();

        // One finding per rule and line: a marker names a rule for a line, however many times it fires there.
        var actual = new Dictionary<CorpusFinding, string>();
        foreach (Diagnostic diagnostic in reported.Where(d => d.Id.StartsWith("WEFT", StringComparison.Ordinal)))
        {
            int line = diagnostic.Location.IsInSource && diagnostic.Location.SourceTree == tree ? Line(diagnostic.Location) : 0;
            actual.TryAdd(new CorpusFinding(diagnostic.Id, line), diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        HashSet<CorpusFinding> expected = Markers(tree);
        return new CorpusFileResult(
            relative,
            category,
            expected.Where(actual.ContainsKey).OrderBy(f => f.Line).ToArray(),
            actual.Where(a => !expected.Contains(a.Key)).OrderBy(a => a.Key.Line).Select(a => (a.Key, a.Value)).ToArray(),
            expected.Where(e => !actual.ContainsKey(e)).OrderBy(f => f.Line).ToArray(),
            errors);
    }

    private static int Line(Location location) => location.GetLineSpan().StartLinePosition.Line + 1;

    private static HashSet<CorpusFinding> Markers(SyntaxTree tree)
    {
        var expected = new HashSet<CorpusFinding>();
        foreach (TextLine line in tree.GetText().Lines)
        {
            Match match = MarkerPattern().Match(line.ToString());
            if (match.Success)
            {
                foreach (Capture id in match.Groups["id"].Captures)
                {
                    expected.Add(new CorpusFinding(id.Value, line.LineNumber + 1));
                }
            }
        }

        return expected;
    }

    [GeneratedRegex(@"//\s*expect:\s*(?<id>WEFT\d{4})(\s*,\s*(?<id>WEFT\d{4}))*")]
    private static partial Regex MarkerPattern();
}
