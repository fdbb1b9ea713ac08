using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// WEFT0003: a write into snapshot data read through a generated <c>Current</c> / <c>TryGetCurrent</c>, followed
/// through locals, member chains, struct copies and <c>with</c> copies (which share the snapshot's members).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SnapshotMutationAnalyzer : WeftAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WriteThroughCurrent);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        context.RegisterOperationBlockAction(c => Analyze(c, symbols, immutability));
    }

    private static void Analyze(OperationBlockAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        foreach (IOperation block in context.OperationBlocks)
        {
            bool IsSource(IOperation operation) => SnapshotSourceType(operation, symbols) is not null;
            if (!block.DescendantsAndSelf().Any(IsSource))
            {
                continue;
            }

            var shared = new SharedMemory(block, IsSource);
            foreach (Mutation mutation in DataFlow.Mutations(block, immutability))
            {
                if (shared.WritesShared(mutation.Written))
                {
                    string typeName = block.DescendantsAndSelf().Select(o => SnapshotSourceType(o, symbols)).First(t => t is not null)!.Name;
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.WriteThroughCurrent, mutation.Operation.Syntax.GetLocation(), mutation.Text, typeName));
                }
            }
        }
    }

    /// <summary>The snapshot type when <paramref name="operation"/> reads its Current (or is TryGetCurrent's out argument).</summary>
    internal static ITypeSymbol? SnapshotSourceType(IOperation operation, WeftSymbols symbols) => operation switch
    {
        IPropertyReferenceOperation { Property: { Name: "Current", IsStatic: true } property } when symbols.IsSnapshotSlot(property.ContainingType) => property.ContainingType,
        IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "TryGetCurrent", IsStatic: true } method } } when symbols.IsSnapshotSlot(method.ContainingType) => method.ContainingType,
        _ => null,
    };
}
