using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.AnalyzerClock;

/// <summary>
/// Runs <c>Weft.Analyzers.WeftFlowAnalyzer</c> inside the compiler and splits the wall time ReportAnalyzer adds up for
/// its callbacks: CPU on the callback's thread, time the thread was runnable but waited for a core (run queue), other
/// waiting (locks, I/O), and the JIT's time on that thread. With <c>WEFT_CLOCK_SPLIT=1</c> it also builds each block's
/// control-flow graphs (the body's, then every lambda's) before the engine runs, and charges their CPU apart.
/// Totals are appended to the file <c>WEFT_CLOCK_OUT</c> names when the compiler process exits (so: no compiler server).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClockedFlowAnalyzer : DiagnosticAnalyzer
{
    private static readonly ConcurrentDictionary<string, long[]> Totals = new(StringComparer.Ordinal);
    private static readonly Func<bool, TimeSpan>? JitTime = ReadJitTime();
    private static readonly bool Split = Environment.GetEnvironmentVariable("WEFT_CLOCK_SPLIT") == "1";

    private readonly DiagnosticAnalyzer _inner;

    static ClockedFlowAnalyzer()
    {
        // Weft.Analyzers.dll is not passed to the compiler (it would run the engine twice): it is found beside this file.
        string engine = Path.Combine(Path.GetDirectoryName(typeof(ClockedFlowAnalyzer).Assembly.Location)!, "Weft.Analyzers.dll");
        AppDomain.CurrentDomain.AssemblyResolve += (_, e) => new AssemblyName(e.Name).Name == "Weft.Analyzers" ? Assembly.LoadFrom(engine) : null;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Write();
    }

    /// <summary>Creates the wrapper around a new flow analyzer.</summary>
    public ClockedFlowAnalyzer()
    {
        _inner = CreateInner();
    }

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => _inner.Initialize(new Context(context));

    // Not inlined: the type is resolved only after the static constructor hooked the resolver.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DiagnosticAnalyzer CreateInner() => new Weft.Analyzers.WeftFlowAnalyzer();

    private static Func<bool, TimeSpan>? ReadJitTime()
    {
        // System.Runtime.JitInfo (.NET 6+), which netstandard2.0 does not name.
        MethodInfo? method = typeof(object).Assembly.GetType("System.Runtime.JitInfo")?.GetMethod("GetCompilationTime", [typeof(bool)]);
        return method is null ? null : (Func<bool, TimeSpan>)method.CreateDelegate(typeof(Func<bool, TimeSpan>));
    }

    private static Action<T> Timed<T>(string kind, Action<T> action) => argument =>
    {
        Sample start = Sample.Now();
        if (Split && argument is OperationBlockAnalysisContext block)
        {
            start = BuildGraphsApart(block, start);
        }

        try
        {
            action(argument);
        }
        finally
        {
            Add(kind, Sample.Now() - start);
        }
    };

    private static Sample BuildGraphsApart(OperationBlockAnalysisContext context, Sample start)
    {
        var graphs = new List<ControlFlowGraph>();
        foreach (IOperation operation in context.OperationBlocks)
        {
            if (operation.Kind is not (OperationKind.None or OperationKind.Attribute))
            {
                try
                {
                    graphs.Add(context.GetControlFlowGraph(operation));
                }
                catch (ArgumentException)
                {
                    // Not an executable block: the engine skips it too.
                }
            }
        }

        Sample bodies = Sample.Now();
        Add("graphs: bodies", bodies - start);
        for (int i = 0; i < graphs.Count; i++)
        {
            ControlFlowGraph graph = graphs[i];
            foreach (BasicBlock basicBlock in graph.Blocks)
            {
                IEnumerable<IOperation> operations = basicBlock.BranchValue is { } branch ? basicBlock.Operations.Append(branch) : basicBlock.Operations;
                foreach (IOperation lambda in operations.SelectMany(o => o.DescendantsAndSelf()).Where(o => o is IFlowAnonymousFunctionOperation))
                {
                    graphs.Add(graph.GetAnonymousFunctionControlFlowGraph((IFlowAnonymousFunctionOperation)lambda));
                }
            }
        }

        Sample lambdas = Sample.Now();
        Add("graphs: lambdas", lambdas - bodies);
        return lambdas;
    }

    private static void Add(string kind, Sample spent)
    {
        long[] total = Totals.GetOrAdd(kind, _ => new long[6]);
        Interlocked.Increment(ref total[0]);
        Interlocked.Add(ref total[1], spent.WallNanoseconds);
        Interlocked.Add(ref total[2], spent.CpuNanoseconds);
        Interlocked.Add(ref total[3], spent.RunQueueNanoseconds);
        Interlocked.Add(ref total[4], spent.JitNanoseconds);
    }

    private static void Write()
    {
        string path = Environment.GetEnvironmentVariable("WEFT_CLOCK_OUT") ?? Path.Combine(Path.GetTempPath(), "weft-clock.txt");
        using var writer = new StreamWriter(path, append: true);
        long[] all = new long[6];
        foreach (KeyValuePair<string, long[]> entry in Totals.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            // The graphs' time is charged apart from the operation block that built them: all lines add up.
            for (int i = 1; i < all.Length; i++)
            {
                all[i] += entry.Value[i];
            }

            all[0] += entry.Key.StartsWith("graphs", StringComparison.Ordinal) ? 0 : entry.Value[0];
            writer.WriteLine(Line(entry.Key, entry.Value));
        }

        writer.WriteLine(Line("all callbacks", all));
    }

    private static string Line(string kind, long[] t) => FormattableString.Invariant(
        $"{kind,-18} n={t[0],6} wall={t[1] / 1e9:F3}s cpu={t[2] / 1e9:F3}s runqueue={t[3] / 1e9:F3}s other-wait={(t[1] - t[2] - t[3]) / 1e9:F3}s jit={t[4] / 1e9:F3}s");

    /// <summary>The calling thread's clocks at one instant.</summary>
    private readonly struct Sample(long wall, long cpu, long runQueue, long jit)
    {
        public long WallNanoseconds { get; } = wall;

        public long CpuNanoseconds { get; } = cpu;

        public long RunQueueNanoseconds { get; } = runQueue;

        public long JitNanoseconds { get; } = jit;

        public static Sample operator -(Sample end, Sample start) => new(
            end.WallNanoseconds - start.WallNanoseconds, end.CpuNanoseconds - start.CpuNanoseconds,
            end.RunQueueNanoseconds - start.RunQueueNanoseconds, end.JitNanoseconds - start.JitNanoseconds);

        public static Sample Now()
        {
            // /proc/thread-self/schedstat: "<ns on a CPU> <ns waiting on a run queue> <timeslices>".
            long cpu = 0, runQueue = 0;
            byte[] text = File.ReadAllBytes($"/proc/self/task/{gettid()}/schedstat");
            int field = 0;
            foreach (byte b in text)
            {
                if (b is (byte)' ' or (byte)'\n')
                {
                    field++;
                }
                else if (field == 0)
                {
                    cpu = (cpu * 10) + (b - '0');
                }
                else if (field == 1)
                {
                    runQueue = (runQueue * 10) + (b - '0');
                }
            }

            long jit = JitTime is null ? 0 : JitTime(true).Ticks * 100;
            long wall = (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
            return new Sample(wall, cpu, runQueue, jit);
        }

        [DllImport("libc")]
        private static extern int gettid();
    }

    // Forwards the registrations the Weft analyzers make; anything else throws, so a new one is not silently untimed.
    private sealed class Context(AnalysisContext inner) : AnalysisContext
    {
        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void EnableConcurrentExecution() => inner.EnableConcurrentExecution();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            inner.RegisterCompilationStartAction(Timed<CompilationStartAnalysisContext>("compilation start", start => action(new CompilationStart(start))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    private sealed class CompilationStart(CompilationStartAnalysisContext inner)
        : CompilationStartAnalysisContext(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            inner.RegisterSymbolStartAction(Timed<SymbolStartAnalysisContext>("symbol start", start => action(new SymbolStart(start))), symbolKind);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(Timed("operation block", action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            inner.RegisterOperationAction(Timed("operation", action), operationKinds);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(Timed("symbol", action), symbolKinds);

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationEndAction(Timed("compilation end", action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    private sealed class SymbolStart(SymbolStartAnalysisContext inner)
        : SymbolStartAnalysisContext(inner.Symbol, inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action) => inner.RegisterSymbolEndAction(Timed("symbol end", action));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(Timed("operation block", action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported();

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            inner.RegisterOperationAction(Timed("operation", action), operationKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    private static NotSupportedException Unsupported() => new("ClockedFlowAnalyzer forwards only the registrations the Weft analyzers make; add this one");
}
