using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Weft.Benchmarks;

// A measuring wrapper, not an analyzer of its own: what it registers and configures is the inner analyzer's business.
#pragma warning disable RS1001, RS1012, RS1025, RS1026, CS0618 // CS0618: the only public constructor of SymbolStartAnalysisContext

/// <summary>
/// Runs another analyzer and adds up the CPU time its callbacks spend on their own thread, and what they allocate. On a loaded machine the
/// wall clock ReportAnalyzer uses counts the time a callback waits for a core; the thread's CPU time does not, so
/// an A/B comparison of two engine builds holds up at load 20–40. Forwards only the registrations the Weft analyzers
/// make (compilation start, symbol start/end, operation blocks); any other throws, so a new one is not silently untimed.
/// </summary>
internal sealed class CpuTimedAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer _inner;
    private long _nanoseconds;
    private long _bytes;

    public CpuTimedAnalyzer(DiagnosticAnalyzer inner)
    {
        _inner = inner;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

    /// <summary>CPU seconds spent inside the inner analyzer's callbacks since the last <see cref="Reset"/>.</summary>
    public double CpuSeconds => Interlocked.Read(ref _nanoseconds) / 1e9;

    /// <summary>Bytes the inner analyzer's callbacks allocated since the last <see cref="Reset"/> (what its garbage costs).</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public void Reset()
    {
        Interlocked.Exchange(ref _nanoseconds, 0);
        Interlocked.Exchange(ref _bytes, 0);
    }

    public override void Initialize(AnalysisContext context) => _inner.Initialize(new TimedContext(context, this));

    private Action<T> Timed<T>(Action<T> action) => argument =>
    {
        long start = ThreadCpu.Nanoseconds();
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            action(argument);
        }
        finally
        {
            Interlocked.Add(ref _nanoseconds, ThreadCpu.Nanoseconds() - start);
            Interlocked.Add(ref _bytes, GC.GetAllocatedBytesForCurrentThread() - allocated);
        }
    };

    private sealed class TimedContext(AnalysisContext inner, CpuTimedAnalyzer owner) : AnalysisContext
    {
        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void EnableConcurrentExecution() => inner.EnableConcurrentExecution();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            inner.RegisterCompilationStartAction(owner.Timed<CompilationStartAnalysisContext>(start => action(new TimedCompilationStart(start, owner))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    private sealed class TimedCompilationStart(CompilationStartAnalysisContext inner, CpuTimedAnalyzer owner)
        : CompilationStartAnalysisContext(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            inner.RegisterSymbolStartAction(owner.Timed<SymbolStartAnalysisContext>(start => action(new TimedSymbolStart(start, owner))), symbolKind);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(owner.Timed(action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            inner.RegisterOperationAction(owner.Timed(action), operationKinds);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(owner.Timed(action), symbolKinds);

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationEndAction(owner.Timed(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    private sealed class TimedSymbolStart(SymbolStartAnalysisContext inner, CpuTimedAnalyzer owner)
        : SymbolStartAnalysisContext(inner.Symbol, inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action) => inner.RegisterSymbolEndAction(owner.Timed(action));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(owner.Timed(action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported();

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            inner.RegisterOperationAction(owner.Timed(action), operationKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    private static NotSupportedException Unsupported() => new("CpuTimedAnalyzer forwards only the registrations the Weft analyzers make; add this one");

    /// <summary>The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>).</summary>
    private static class ThreadCpu
    {
        private const int ClockThreadCpuTimeId = 3;

        public static long Nanoseconds()
        {
            if (clock_gettime(ClockThreadCpuTimeId, out TimeSpec time) != 0)
            {
                throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: the CPU-time profile needs Linux");
            }

            return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int clock_gettime(int clockId, out TimeSpec time);
    }
}
