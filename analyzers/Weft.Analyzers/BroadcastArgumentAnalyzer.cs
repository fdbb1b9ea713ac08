using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// WEFT0007: a mutable argument handed to generated posting code (it reaches every worker at once). WEFT0008: a
/// per-worker factory that hands every thread the same instance, or a callback run on every thread that changes
/// state captured from outside.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BroadcastArgumentAnalyzer : WeftAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MutableBroadcastArgument, Descriptors.SharedPerWorkerState);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        context.RegisterOperationAction(c => Analyze(c, symbols, immutability), OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        bool generated = symbols.IsGeneratedSlotMember(method);
        bool slotMethod = symbols.IsSlot(method.ContainingType);
        if (!generated && !slotMethod)
        {
            return;
        }

        string callee = $"{method.ContainingType.Name}.{method.Name}";
        bool broadcastsArguments = (generated && method.Name.EndsWith("OnAllWorkersAsync", System.StringComparison.Ordinal)) ||
                                   (generated && method.Name.EndsWith("OnAllWorkers", System.StringComparison.Ordinal)) ||
                                   (slotMethod && method.Name.StartsWith("RunOnAllThreads", System.StringComparison.Ordinal));
        if (broadcastsArguments)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is null || argument.Value.Type is not { } type ||
                    type.TypeKind == TypeKind.Delegate || type.Name == "WorkerPool" ||
                    (argument.Value.ConstantValue.HasValue && argument.Value.ConstantValue.Value is null))
                {
                    continue;
                }

                if (immutability.WhyMutable(type) is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.MutableBroadcastArgument, argument.Syntax.GetLocation(),
                        argument.Syntax.ToString(), type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), callee));
                }
            }
        }

        bool isFactory = method.Name is "Initialize" or "InitializeAsync" or "Set" or "SetAsync";
        bool runsEverywhere = isFactory || method.Name.StartsWith("UpdateAll", System.StringComparison.Ordinal) || method.Name.StartsWith("RunOnAllThreads", System.StringComparison.Ordinal);
        if (!runsEverywhere)
        {
            return;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            // Completion callbacks (complete, onAllApplied) run once, on main: only the per-thread delegate counts.
            if (argument.Parameter?.Name is not ("update" or "initializer" or "factory"))
            {
                continue;
            }

            if (DataFlow.Strip(argument.Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                AnalyzeCallback(context, lambda, callee, isFactory);
            }
            else if (DataFlow.Strip(argument.Value) is IAnonymousFunctionOperation direct)
            {
                AnalyzeCallback(context, direct, callee, isFactory);
            }
        }
    }

    private static void AnalyzeCallback(OperationAnalysisContext context, IAnonymousFunctionOperation lambda, string callee, bool isFactory)
    {
        if (isFactory)
        {
            foreach (IReturnOperation ret in lambda.Body.DescendantsAndSelf().OfType<IReturnOperation>())
            {
                if (ret.ReturnedValue is { } value && DataFlow.ReferencedSymbol(value) is ISymbol captured && IsOutside(captured, lambda))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.SharedPerWorkerState, value.Syntax.GetLocation(), callee,
                        $"it returns '{captured.Name}', one instance for every thread (build a new one per call)"));
                }
            }
        }

        foreach (IOperation operation in lambda.Body.DescendantsAndSelf())
        {
            IOperation? target = operation switch
            {
                ISimpleAssignmentOperation a => a.Target,
                ICompoundAssignmentOperation a => a.Target,
                IIncrementOrDecrementOperation a => a.Target,
                ICoalesceAssignmentOperation a => a.Target,
                _ => null,
            };
            ISymbol? changed = target is null ? null : DataFlow.ReferencedSymbol(target);
            if (changed is null && operation is IInvocationOperation { Instance: { } receiver, TargetMethod.Name: var name } &&
                name is "Add" or "Remove" or "Clear" or "Insert" or "AddRange" or "RemoveAt" or "Push" or "Enqueue" &&
                receiver.Type?.ContainingNamespace?.ToDisplayString() != "System.Collections.Concurrent")
            {
                changed = DataFlow.ReferencedSymbol(receiver);
            }

            if (changed is not null && IsOutside(changed, lambda) && !IsUnderLock(operation, lambda) &&
                changed is not IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } })
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SharedPerWorkerState, operation.Syntax.GetLocation(), callee,
                    $"it changes '{changed.Name}', captured from outside, from every thread at once (use Interlocked or a concurrent type, or keep the state per thread)"));
            }
        }
    }

    private static bool IsUnderLock(IOperation operation, IAnonymousFunctionOperation lambda)
    {
        for (IOperation? current = operation.Parent; current is not null && current != lambda; current = current.Parent)
        {
            if (current is ILockOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Captured: declared outside the lambda (a local, a parameter of the enclosing method, or a field).</summary>
    private static bool IsOutside(ISymbol symbol, IAnonymousFunctionOperation lambda) => symbol switch
    {
        IFieldSymbol => true,
        ILocalSymbol or IParameterSymbol => !symbol.DeclaringSyntaxReferences.Any(r => lambda.Syntax.Span.Contains(r.Span)),
        _ => false,
    };
}
