using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// WEFT0005: a slot's <c>Current</c> read where the code cannot be on a pool thread. WEFT0004: worker-local state (a
/// per-worker slot value read through <c>Current</c>, or what it owns) used by code that runs on another thread.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThreadContextAnalyzer : WeftAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CurrentOffPool, Descriptors.WorkerStateEscapes);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        context.RegisterOperationAction(c => AnalyzeCurrentRead(c, symbols), OperationKind.PropertyReference, OperationKind.Invocation);
        context.RegisterOperationBlockAction(c => AnalyzeEscapes(c, symbols));
    }

    private static void AnalyzeCurrentRead(OperationAnalysisContext context, WeftSymbols symbols)
    {
        (ITypeSymbol Type, string Member)? read = context.Operation switch
        {
            IPropertyReferenceOperation { Property: { Name: "Current", IsStatic: true } p } when symbols.SlotModeOf(p.ContainingType) is not null => (p.ContainingType, "Current"),
            IInvocationOperation { TargetMethod: { Name: "TryGetCurrent", IsStatic: true } m } when symbols.SlotModeOf(m.ContainingType) is not null => (m.ContainingType, "TryGetCurrent"),
            _ => null,
        };
        if (read is null)
        {
            return;
        }

        ThreadContext where = ThreadContext.Of(context.Operation, symbols);
        if (where.Kind == ContextKind.OtherThread)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CurrentOffPool, context.Operation.Syntax.GetLocation(), read.Value.Type.Name, read.Value.Member, where.Description));
        }
    }

    private static void AnalyzeEscapes(OperationBlockAnalysisContext context, WeftSymbols symbols)
    {
        foreach (IOperation block in context.OperationBlocks)
        {
            ITypeSymbol? sourceType = null;
            bool IsSource(IOperation operation)
            {
                ITypeSymbol? type = operation switch
                {
                    IPropertyReferenceOperation { Property: { Name: "Current", IsStatic: true } p } when symbols.IsPerWorkerSlot(p.ContainingType) => p.ContainingType,
                    IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "TryGetCurrent", IsStatic: true } m } } when symbols.IsPerWorkerSlot(m.ContainingType) => m.ContainingType,
                    _ => null,
                };
                sourceType ??= type;
                return type is not null;
            }

            if (!block.DescendantsAndSelf().Any(IsSource))
            {
                continue;
            }

            var worker = new SharedMemory(block, IsSource);
            var reported = new HashSet<(ISymbol, IOperation?)>();
            var hops = new Dictionary<SyntaxNode, int>();
            foreach (ILocalReferenceOperation use in block.DescendantsAndSelf().OfType<ILocalReferenceOperation>())
            {
                // A value-type local is a copy: it no longer shares anything with the worker's state.
                if (!worker.IsTaintedLocal(use.Local) || use.Parent is IVariableDeclaratorOperation || use.Local.Type.IsValueType)
                {
                    continue;
                }

                // Only a use in a different function than the declaration can run elsewhere, or a use after ConfigureAwait(false).
                IAnonymousFunctionOperation? lambda = EnclosingLambda(use);
                ThreadContext where = ThreadContext.IsAfterConfigureAwaitFalse(use.Syntax, hops)
                    ? new ThreadContext(ContextKind.OtherThread, "code after ConfigureAwait(false)")
                    : lambda is not null && !DeclaredInside(use.Local, lambda) ? Escaping(lambda, symbols) : ThreadContext.Unknown;
                if (where.Kind != ContextKind.OtherThread || !reported.Add((use.Local, lambda)))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(Descriptors.WorkerStateEscapes, use.Syntax.GetLocation(), use.Local.Name, sourceType?.Name ?? "a per-worker slot", where.Description));
            }
        }
    }

    /// <summary>Other-thread lambdas, and callbacks posted to a dispatcher other than <c>Dispatcher.Current</c>.</summary>
    private static ThreadContext Escaping(IAnonymousFunctionOperation lambda, WeftSymbols symbols)
    {
        ThreadContext context = ThreadContext.OfLambda(lambda, symbols);
        if (context.Kind == ContextKind.Worker && context.PostedTo is { } dispatcher && !IsCurrentDispatcher(dispatcher))
        {
            return new ThreadContext(ContextKind.OtherThread, $"a callback posted to '{dispatcher.Syntax}'");
        }

        return context.Kind == ContextKind.OtherThread ? context : ThreadContext.Unknown;
    }

    private static bool IsCurrentDispatcher(IOperation dispatcher) =>
        DataFlow.Strip(dispatcher) is IPropertyReferenceOperation { Property.Name: "Current", Property.IsStatic: true } ||
        (DataFlow.Strip(dispatcher) is { } stripped && stripped.Syntax.ToString().TrimEnd('!') == "Dispatcher.Current");

    private static IAnonymousFunctionOperation? EnclosingLambda(IOperation operation)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                return lambda;
            }
        }

        return null;
    }

    private static bool DeclaredInside(ILocalSymbol local, IAnonymousFunctionOperation lambda) =>
        local.DeclaringSyntaxReferences.Any(r => lambda.Syntax.Span.Contains(r.Span));
}
