using Microsoft.CodeAnalysis.Diagnostics;

namespace Weft.Analyzers;

/// <summary>
/// The shared set-up of every Weft analyzer: concurrent, generated code skipped, and nothing at all in a compilation
/// that does not reference Weft. Per-compilation state (symbols, the immutability cache) lives in the start action.
/// </summary>
public abstract class WeftAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            WeftSymbols? symbols = WeftSymbols.TryCreate(start.Compilation);
            if (symbols is not null)
            {
                OnCompilationStart(start, symbols, new Immutability(symbols, Immutability.ReadUserTypes(start.Options)));
            }
        });
    }

    /// <summary>Registers the analyzer's actions for one compilation that references Weft.</summary>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, WeftSymbols symbols, Immutability immutability);
}
