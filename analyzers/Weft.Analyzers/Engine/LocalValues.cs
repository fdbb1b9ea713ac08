using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers.Engine;

/// <summary>What the code says a local holds, read from the body's operations (for the rare questions the lattice does not keep).</summary>
internal static class LocalValues
{
    /// <summary>
    /// The value a local was given at its declaration, when that is the only value it is ever given
    /// (<c>var view = new ReadOnlyMemory&lt;byte&gt;(frame.ToArray());</c> then passed on); otherwise null.
    /// </summary>
    public static IOperation? SoleInitializer(IOperation value, IOperation body)
    {
        if (value is not ILocalReferenceOperation { Local: var local } || local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        IOperation? initial = null;
        foreach (IOperation operation in body.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Symbol: var declared, Initializer.Value: var init } when SymbolEqualityComparer.Default.Equals(declared, local):
                    initial = init;
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation { Local: var assigned } } when SymbolEqualityComparer.Default.Equals(assigned, local):
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: ILocalReferenceOperation { Local: var byRef } } when SymbolEqualityComparer.Default.Equals(byRef, local):
                    return null;
            }
        }

        while (initial is IConversionOperation { IsImplicit: true } conversion)
        {
            initial = conversion.Operand;
        }

        return initial;
    }

    /// <summary>
    /// The <c>out</c> argument a local is filled by (<c>registry.TryGetHosts(out var hosts)</c>), when that is the only
    /// value it is ever given; otherwise null.
    /// </summary>
    public static IArgumentOperation? SoleOutArgument(IOperation value, IOperation body)
    {
        if (value is not ILocalReferenceOperation { Local: var local } || local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        IArgumentOperation? filled = null;
        foreach (IOperation operation in body.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Symbol: var declared, Initializer: not null } when SymbolEqualityComparer.Default.Equals(declared, local):
                case IAssignmentOperation { Target: ILocalReferenceOperation { Local: var assigned } } when SymbolEqualityComparer.Default.Equals(assigned, local):
                    return null;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument when IsLocal(argument.Value, local):
                    if (filled is not null || argument.Parameter.RefKind != RefKind.Out)
                    {
                        return null;
                    }

                    filled = argument;
                    break;
            }
        }

        return filled;
    }

    /// <summary>
    /// The value a local is deconstructed from and its position there (<c>var (name, hosts) = registry.Snapshot();</c>
    /// gives the call and 1), when that declaration is the only value the local is ever given; otherwise null.
    /// </summary>
    public static (IOperation Source, int Index)? SoleDeconstruction(IOperation value, IOperation body)
    {
        if (value is not ILocalReferenceOperation { Local: var local } || local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        (IOperation, int)? found = null;
        foreach (IOperation operation in body.Descendants())
        {
            switch (operation)
            {
                case IDeconstructionAssignmentOperation { Target: var target, Value: var source }:
                    ITupleOperation? targets = (target is IDeclarationExpressionOperation { Expression: var declaration } ? declaration : target) as ITupleOperation;
                    for (int i = 0; targets is not null && i < targets.Elements.Length; i++)
                    {
                        if (IsLocal(targets.Elements[i], local))
                        {
                            if (found is not null)
                            {
                                return null;
                            }

                            found = (source, i);
                        }
                    }

                    break;
                case IVariableDeclaratorOperation { Symbol: var declared } when SymbolEqualityComparer.Default.Equals(declared, local):
                case IAssignmentOperation { Target: ILocalReferenceOperation { Local: var assigned } } when SymbolEqualityComparer.Default.Equals(assigned, local):
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: ILocalReferenceOperation { Local: var byRef } } when SymbolEqualityComparer.Default.Equals(byRef, local):
                    return null;
            }
        }

        return found;
    }

    private static bool IsLocal(IOperation value, ILocalSymbol local) =>
        (value is IDeclarationExpressionOperation { Expression: var declared } ? declared : value) is ILocalReferenceOperation { Local: var referenced } &&
        SymbolEqualityComparer.Default.Equals(referenced, local);
}
