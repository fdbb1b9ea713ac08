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

    private static bool IsLocal(IOperation value, ILocalSymbol local) =>
        (value is IDeclarationExpressionOperation { Expression: var declared } ? declared : value) is ILocalReferenceOperation { Local: var referenced } &&
        SymbolEqualityComparer.Default.Equals(referenced, local);
}
