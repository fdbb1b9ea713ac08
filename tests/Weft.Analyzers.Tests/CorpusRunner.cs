using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
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
    IReadOnlyList<(CorpusFinding Finding, string Why)> FalseNegatives,
    IReadOnlyList<string> CompileErrors,
    IReadOnlyList<string> AnalyzerFailures);

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
internal static class CorpusRunner
{
    /// <summary>A file whose generator and analyzer run takes longer than this fails the run instead of hanging it.</summary>
    private static readonly TimeSpan FileDeadline = TimeSpan.FromSeconds(90);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(WorkerPool).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
    ];

    // Every file's compilation derives from one of these, so the reference set is bound once, not once per file.
    private static readonly CSharpCompilation EmptyLibrary = CSharpCompilation.Create(
        "Corpus",
        [],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static readonly CSharpCompilation EmptyProgram = EmptyLibrary.WithOptions(EmptyLibrary.Options.WithOutputKind(OutputKind.ConsoleApplication));

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

        // A folder named "<Name>.case" is one project of several files (a helper in one file, its caller in another);
        // every other file is a project of its own.
        string[][] units = paths
            .GroupBy(path => CaseFolder(root, path) ?? path, StringComparer.Ordinal)
            .Select(group => group.ToArray())
            .ToArray();
        var results = new CorpusFileResult[units.Length][];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Parallel.For(
            0,
            units.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = RunUnit(root, units[i]));
        return new CorpusRun(results.SelectMany(r => r).ToArray(), clock.Elapsed, AnalyzerTypes.Select(t => t.Name).ToArray());
    }

    private static string? CaseFolder(string root, string path)
    {
        for (string? folder = Path.GetDirectoryName(path); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (folder.EndsWith(".case", StringComparison.Ordinal))
            {
                return folder;
            }
        }

        return null;
    }

    private static CorpusFileResult[] RunUnit(string root, string[] paths)
    {
        var trees = new SyntaxTree[paths.Length];
        for (int i = 0; i < paths.Length; i++)
        {
            string relative = Path.GetRelativePath(root, paths[i]).Replace('\\', '/');
            trees[i] = CSharpSyntaxTree.ParseText(File.ReadAllText(paths[i]), ParseOptions, path: relative);
        }

        bool topLevel = trees.Any(tree => tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<GlobalStatementSyntax>().Any());
        Compilation compilation = (topLevel ? EmptyProgram : EmptyLibrary).AddSyntaxTrees(trees);

        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ThreadLocalSlotGenerator().AsSourceGenerator()], parseOptions: ParseOptions);
        using var deadline = new CancellationTokenSource(FileDeadline);
        Compilation generated;
        ImmutableArray<Diagnostic> all;
        try
        {
            driver.RunGeneratorsAndUpdateCompilation(compilation, out generated, out _, deadline.Token);
            all = Analyze(generated, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            string timeout = $"the generator and analyzers did not finish within {FileDeadline.TotalSeconds:F0} s";
            return trees.Select(tree => new CorpusFileResult(tree.FilePath, CategoryOf(tree.FilePath), [], [], [], [], [timeout])).ToArray();
        }

        return trees.Select((tree, i) => Score(tree, i == 0, trees, all)).ToArray();
    }

    private static string CategoryOf(string relative) =>
        relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "(root)";

    /// <summary>
    /// One file's findings: the diagnostics located in its tree. Compile errors and analyzer failures located in no
    /// file of the project are charged to its first file, so none is lost.
    /// </summary>
    private static CorpusFileResult Score(SyntaxTree tree, bool first, SyntaxTree[] projectTrees, ImmutableArray<Diagnostic> all)
    {
        bool Mine(Diagnostic d) => d.Location.SourceTree == tree || (first && (d.Location.SourceTree is not { } other || !projectTrees.Contains(other)));

        string[] errors = all
            .Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("WEFT", StringComparison.Ordinal) && Mine(d))
            .Select(d => $"{Line(d.Location)}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToArray();

        // An analyzer that throws is reported by Roslyn as AD0001, a warning users' builds turn into an error.
        string[] failures = all
            .Where(d => d.Id == "AD0001" && Mine(d))
            .Select(d => $"{Line(d.Location)}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToArray();

        // One finding per rule and line: a marker names a rule for a line, however many times it fires there.
        var actual = new Dictionary<CorpusFinding, List<string>>();
        foreach (Diagnostic diagnostic in all.Where(d => d.Id.StartsWith("WEFT", StringComparison.Ordinal) && Mine(d)))
        {
            int line = diagnostic.Location.IsInSource && diagnostic.Location.SourceTree == tree ? Line(diagnostic.Location) : 0;
            var finding = new CorpusFinding(diagnostic.Id, line);
            if (!actual.TryGetValue(finding, out List<string>? messages))
            {
                actual[finding] = messages = [];
            }

            messages.Add(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        return CorpusMarkers.Score(tree.FilePath, CategoryOf(tree.FilePath), CorpusMarkers.Parse(tree.GetText()), actual, errors, failures);
    }

    private static ImmutableArray<Diagnostic> Analyze(Compilation generated, CancellationToken cancellationToken)
    {
        ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

        // One pass binds the compilation for the compiler's own diagnostics and the analyzers' together.
        return generated
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAllDiagnosticsAsync(cancellationToken)
            .GetAwaiter()
            .GetResult();
    }

    private static int Line(Location location) => location.GetLineSpan().StartLinePosition.Line + 1;
}
