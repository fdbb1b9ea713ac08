using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// WEFT0006: a read-modify-write of a static field, or a mutation of a non-concurrent collection held in one, from code
/// that runs on workers: every worker runs it at once. Also any read-modify-write of a volatile field, wherever it
/// runs (volatile makes each access atomic, not the increment).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaticMutationAnalyzer : WeftAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NonAtomicStaticWrite);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        context.RegisterOperationAction(c => AnalyzeReadModifyWrite(c, symbols), OperationKind.Increment, OperationKind.Decrement, OperationKind.CompoundAssignment, OperationKind.CoalesceAssignment);
        context.RegisterOperationAction(c => AnalyzeCollectionMutation(c, symbols, immutability), OperationKind.Invocation);
    }

    private static void AnalyzeReadModifyWrite(OperationAnalysisContext context, WeftSymbols symbols)
    {
        IOperation target = context.Operation switch
        {
            IIncrementOrDecrementOperation op => op.Target,
            ICompoundAssignmentOperation op => op.Target,
            ICoalesceAssignmentOperation op => op.Target,
            _ => null!,
        };
        if (target is not IFieldReferenceOperation { Field: var field })
        {
            return;
        }

        string what = context.Operation switch
        {
            IIncrementOrDecrementOperation { Kind: OperationKind.Increment } => "increment",
            IIncrementOrDecrementOperation => "decrement",
            _ => "compound assignment",
        };

        if (field.IsVolatile)
        {
            ThreadContext anywhere = ThreadContext.Of(context.Operation, symbols);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NonAtomicStaticWrite, context.Operation.Syntax.GetLocation(),
                field.Name, "volatile (each read and write is atomic, the read-modify-write is not)", what, anywhere.Kind == ContextKind.Unknown ? "any thread" : anywhere.Description));
            return;
        }

        if (!field.IsStatic)
        {
            return;
        }

        ThreadContext where = ThreadContext.Of(context.Operation, symbols);
        if (where.Kind != ContextKind.Worker)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.NonAtomicStaticWrite, context.Operation.Syntax.GetLocation(),
            field.Name, "static state shared by every worker", what, where.Description));
    }

    private static void AnalyzeCollectionMutation(OperationAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Instance is not IFieldReferenceOperation { Field: { IsStatic: true } field } || !DataFlow.IsMutator(invocation.TargetMethod.Name))
        {
            return;
        }

        // Concurrent collections are built for this; immutable ones cannot be mutated at all.
        string ns = field.Type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (ns == "System.Collections.Concurrent" || immutability.IsImmutable(field.Type))
        {
            return;
        }

        ThreadContext where = ThreadContext.Of(invocation, symbols);
        if (where.Kind != ContextKind.Worker)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.NonAtomicStaticWrite, invocation.Syntax.GetLocation(),
            field.Name, $"a static {field.Type.Name} shared by every worker and not thread-safe", $"call to {invocation.TargetMethod.Name}", where.Description));
    }
}
