using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Weft.Generators.Tests.DocOnly;

// These tests were written from the user-facing documents only (design.md, README.md, docs/rules, the runtime's public
// API), never from the generator's source or earlier generator tests: they stand in for users the authors never met.
internal static class DocOnlyKit
{
    public const string Usings =
        "using System; using System.Collections.Generic; using System.Collections.Immutable; using System.Threading; using System.Threading.Tasks; using Weft; using Weft.Threading;\n";

    /// <summary>
    /// Runs the generator and requires what a user's build requires: no generator diagnostic, no compiler error or
    /// warning anywhere (warnings are errors in the harness), and at least one generated file.
    /// </summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Serve(params string[] sources) =>
        Serve(GeneratorHarness.Compile(sources));

    public static (Compilation Output, GeneratorDriverRunResult Result) Serve(CSharpCompilation input, CSharpParseOptions? parseOptions = null)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ThreadLocalSlotGenerator().AsSourceGenerator()],
            parseOptions: parseOptions ?? GeneratorHarness.ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorDriverRunResult result = driver.GetRunResult();
        string generated = string.Join(Environment.NewLine + "----" + Environment.NewLine,
            GeneratorHarness.Generated(result).Select(kv => "// " + kv.Key + Environment.NewLine + kv.Value));
        Assert.True(generatorDiagnostics.IsEmpty, "generator diagnostics:\n" + string.Join("\n", generatorDiagnostics));
        string[] problems = GeneratorHarness.Problems(output);
        Assert.True(problems.Length == 0, "the served shape does not compile:\n" + string.Join("\n", problems) + "\n\nGenerated:\n" + generated);
        Assert.True(result.GeneratedTrees.Length > 0, "the generator emitted nothing for a served shape");
        return (output, result);
    }

    /// <summary>Loads the compiled consumer and awaits its <c>Probe.Run()</c>, which returns what it observed.</summary>
    public static async Task<string> RunProbe(Compilation output)
    {
        Assembly assembly = GeneratorHarness.Load(output);
        MethodInfo run = assembly.GetType("Probe")?.GetMethod("Run") ?? throw new InvalidOperationException("no Probe.Run in the consumer");
        var task = (Task<string>)run.Invoke(null, null)!;
        return await task.WaitAsync(TimeSpan.FromSeconds(90));
    }

    /// <summary>
    /// Consumer-side helpers for probes: run a function on a dispatcher and wait for its result, with a timeout that
    /// fails with a message instead of hanging.
    /// </summary>
    public const string ProbeKit = Usings + """
        public static class Kit
        {
            public static Task<T> On<T>(Dispatcher dispatcher, Func<T> read)
            {
                var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                dispatcher.Post(() =>
                {
                    try { done.SetResult(read()); }
                    catch (Exception e) { done.SetException(e); }
                });
                return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }

            public static async Task<string> OnEvery<T>(WorkerPool pool, Func<T> read)
            {
                var seen = new List<string>();
                seen.Add("main=" + await On(pool.Main, read));
                for (int i = 0; i < pool.Workers.Count; i++)
                    seen.Add("w" + i + "=" + await On(pool.Workers[i], read));
                return string.Join(";", seen);
            }

            public static WorkerPool Pool(int workers = 2) => WorkerPool.Start(new WorkerPoolOptions { WorkerCount = workers });

            public static Task Within(Task task) => task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        """;

    // ---- refused shapes: the analyzers report WEFT0100+ (README: "Analyzers and fixes: ... WEFT0100+ (misuse of the
    // attributes)"); they are loaded as a user's build loads them, from the built DLL, never read.

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(LoadAnalyzers);

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers()
    {
        var binTfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string configuration = binTfm.Parent!.Name;
        DirectoryInfo? root = binTfm;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Toolkit.sln")))
            root = root.Parent;
        Assert.True(root is not null, "repository root (Toolkit.sln) not found above " + AppContext.BaseDirectory);
        string path = Path.Combine(root!.FullName, "analyzers", "Weft.Analyzers", "bin", configuration, "netstandard2.0", "Weft.Analyzers.dll");
        Assert.True(File.Exists(path), $"{path} is missing: build analyzers/Weft.Analyzers -c {configuration} first (dotnet test Toolkit.sln does)");
        Assembly assembly = Assembly.LoadFrom(path);
        return assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any())
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    /// <summary>
    /// A refused shape, as a user's build sees it: the generator runs, then the compiler and the analyzers. The source
    /// marks with <c>[|…|]</c> the declaration the rule page says is flagged; the one expected diagnostic must lie inside
    /// it, and nothing else of warning or error severity may be reported (the generator must not emit broken code).
    /// </summary>
    public static async Task Refuses(string id, string markedSource, Func<CSharpCompilationOptions, CSharpCompilationOptions>? options = null)
        => await Refuses([id], markedSource, options);

    public static async Task Refuses(string[] ids, string markedSource, Func<CSharpCompilationOptions, CSharpCompilationOptions>? options = null)
    {
        int start = markedSource.IndexOf("[|", StringComparison.Ordinal);
        int end = markedSource.IndexOf("|]", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "test source needs one [|…|] span");
        string source = markedSource.Remove(end, 2).Remove(start, 2);
        var flagged = TextSpan.FromBounds(start, end - 2);

        CSharpCompilation input = GeneratorHarness.Compile(source);
        if (options is not null)
            input = input.WithOptions(options(input.Options));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ThreadLocalSlotGenerator().AsSourceGenerator()], parseOptions: GeneratorHarness.ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        ImmutableArray<Diagnostic> analyzerDiagnostics = await output
            .WithAnalyzers(Analyzers.Value, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAllDiagnosticsAsync();
        Diagnostic[] all = generatorDiagnostics.Concat(analyzerDiagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToArray();
        string report = string.Join("\n", all.Select(d => d.ToString()))
            + "\n\nGenerated:\n" + string.Join("\n----\n", output.SyntaxTrees.Skip(1).Select(t => t.FilePath + "\n" + t));

        foreach (string id in ids)
        {
            Diagnostic[] hits = all.Where(d => d.Id == id).ToArray();
            Assert.True(hits.Length == 1, $"expected exactly one {id}, got {hits.Length}:\n{report}");
            Location location = hits[0].Location;
            Assert.True(location.IsInSource && location.SourceTree!.FilePath == input.SyntaxTrees[0].FilePath && flagged.Contains(location.SourceSpan),
                $"{id} is not inside the flagged declaration {flagged} ('{source.Substring(flagged.Start, flagged.Length)}'):\n{report}");
        }
        Diagnostic[] others = all.Where(d => !ids.Contains(d.Id)).ToArray();
        Assert.True(others.Length == 0, "a refused shape must leave no other problem:\n" + report);
    }
}
