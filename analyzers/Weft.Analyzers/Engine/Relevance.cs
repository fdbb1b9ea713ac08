using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers.Engine;

/// <summary>
/// Decides, before any control-flow graph is built, whether a body can matter to the rules at all. Most bodies of a
/// real project touch nothing Weft: no member or parameter with a thread role, no BCL thread entry, no await, no
/// volatile field, no delegate invocation, and no call into a source method that does any of that (transitively, as
/// summaries would). Such a body, run through the engine, publishes nothing, hands nothing off, never leaves its
/// thread and reads no snapshot or worker state: it reports nothing, and the only fact it leaves for its type is which
/// field-held objects it writes — which matters only when another body of the type published a field (the analyzer
/// defers such bodies to the type's end for that case). The answer errs only towards "may matter".
/// </summary>
internal sealed class Relevance
{
    /// <summary>How deep the walk follows source callees before it gives up and says "may matter".</summary>
    private const int MaxCalleeDepth = 8;

    [System.ThreadStatic]
    private static HashSet<IMethodSymbol>? t_inProgress;

    private readonly FlowEngine _engine;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _methods = new(SymbolEqualityComparer.Default);

    public Relevance(FlowEngine engine)
    {
        _engine = engine;
    }

    /// <summary>True when a top-level body (its operation blocks, run where <paramref name="place"/> says) may matter.</summary>
    public bool MayMatter(ImmutableArray<IOperation> blocks, Place place)
    {
        if (place.Kind != PlaceKind.Caller)
        {
            // Worker code: its static writes race (WEFT0006) whatever they touch.
            return true;
        }

        foreach (IOperation block in blocks)
        {
            if (block.Kind != OperationKind.Attribute && TreeMayMatter(block, 0))
            {
                return true;
            }
        }

        return false;
    }

    private bool TreeMayMatter(IOperation root, int depth)
    {
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            if (OperationMayMatter(operation, depth))
            {
                return true;
            }
        }

        return false;
    }

    private bool OperationMayMatter(IOperation operation, int depth)
    {
        // Most operations of a body are of kinds none of the cases below can match (their interfaces are none of these
        // nor derive from one): answered at once, without the type switch's ~20 interface casts for each of them.
        switch (operation.Kind)
        {
            case OperationKind.Literal or OperationKind.LocalReference or OperationKind.ParameterReference or OperationKind.InstanceReference or
                OperationKind.Block or OperationKind.VariableDeclarationGroup or OperationKind.VariableDeclaration or OperationKind.VariableDeclarator or
                OperationKind.VariableInitializer or OperationKind.ExpressionStatement or OperationKind.SimpleAssignment or OperationKind.Return or
                OperationKind.Argument or OperationKind.Conditional or OperationKind.InterpolatedString or OperationKind.Interpolation or
                OperationKind.InterpolatedStringText or OperationKind.ArrayElementReference or OperationKind.ArrayCreation or OperationKind.ArrayInitializer or
                OperationKind.Labeled or OperationKind.Branch or OperationKind.Empty or OperationKind.Throw or OperationKind.Tuple or OperationKind.TypeOf or
                OperationKind.DefaultValue or OperationKind.NameOf or OperationKind.IsType or OperationKind.IsPattern or OperationKind.Coalesce or
                OperationKind.ConditionalAccess or OperationKind.ConditionalAccessInstance or OperationKind.AnonymousFunction or
                OperationKind.DelegateCreation or OperationKind.ObjectOrCollectionInitializer or OperationKind.MemberInitializer or
                OperationKind.DeclarationPattern or OperationKind.ConstantPattern or OperationKind.RelationalPattern or OperationKind.TypePattern or
                OperationKind.DeclarationExpression or OperationKind.Discard or OperationKind.MethodBody or OperationKind.ConstructorBody or
                OperationKind.Lock or OperationKind.Try or OperationKind.CatchClause or OperationKind.Switch or OperationKind.SwitchCase or
                OperationKind.CaseClause or OperationKind.SwitchExpression or OperationKind.SwitchExpressionArm or OperationKind.LocalFunction or
                OperationKind.SizeOf or OperationKind.Parenthesized or OperationKind.Range:
                return false;
        }

        switch (operation)
        {
            case IAwaitOperation:
            case IForEachLoopOperation { IsAsynchronous: true }:
            case IUsingOperation { IsAsynchronous: true }:
            case IUsingDeclarationOperation { IsAsynchronous: true }:
            case IDeconstructionAssignmentOperation:
                return true;
            case IForEachLoopOperation loop:
                return ForEachMayMatter(loop, depth);
            case IUsingOperation or IUsingDeclarationOperation:
                // Disposal is a call the graph adds; a source type's Dispose may do anything.
                foreach (IOperation child in operation.ChildOperations)
                {
                    if (IsSourceOrOpenType(child.Type) || (child is IVariableDeclarationGroupOperation group && DeclaresSourceType(group)))
                    {
                        return true;
                    }
                }

                return false;
            case IInvocationOperation invocation:
                return invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke ||
                       BclKnowledge.LeavesContext(invocation) ||
                       CallMayMatter(invocation.TargetMethod, invocation.IsVirtual || invocation.TargetMethod.IsAbstract, depth) ||
                       OwnImplementationMayMatter(invocation, depth);
            case IObjectCreationOperation { Constructor: { } constructor }:
                return CallMayMatter(constructor, dispatched: false, depth);
            case IEventAssignmentOperation { EventReference: IEventReferenceOperation { Event: var @event } }:
                return _engine.Roles.Of(@event) != Role.None || (@event.AddMethod is { } adder && CallMayMatter(adder, dispatched: false, depth)) ||
                       (@event.RemoveMethod is { } remover && CallMayMatter(remover, dispatched: false, depth));
            case IMethodReferenceOperation reference:
                return CallMayMatter(reference.Method, dispatched: reference.IsVirtual, depth);
            case IPropertyReferenceOperation property:
                return _engine.Roles.Of(property.Property) != Role.None ||
                       (property.Property.GetMethod is { } getter && CallMayMatter(getter, dispatched: false, depth)) ||
                       (property.Property.SetMethod is { } setter && CallMayMatter(setter, dispatched: false, depth));
            case IFieldReferenceOperation field:
                return field.Field.IsVolatile || _engine.Roles.Of(field.Field) != Role.None;
            case IMemberReferenceOperation member:
                return _engine.Roles.Of(member.Member) != Role.None;
            case IBinaryOperation { OperatorMethod: { } binary }:
                return CallMayMatter(binary, dispatched: false, depth);
            case IUnaryOperation { OperatorMethod: { } unary }:
                return CallMayMatter(unary, dispatched: false, depth);
            case ICompoundAssignmentOperation { OperatorMethod: { } compound }:
                return CallMayMatter(compound, dispatched: false, depth);
            case IIncrementOrDecrementOperation { OperatorMethod: { } increment }:
                return CallMayMatter(increment, dispatched: false, depth);
            case IConversionOperation { OperatorMethod: { } conversion }:
                return CallMayMatter(conversion, dispatched: false, depth);
            default:
                return false;
        }
    }

    /// <summary>A foreach runs calls the graph adds (GetEnumerator, MoveNext, Current, Dispose): each may be a source method.</summary>
    private bool ForEachMayMatter(IForEachLoopOperation loop, int depth)
    {
        if (loop.SemanticModel is not { } model || loop.Syntax is not CommonForEachStatementSyntax syntax)
        {
            return true;
        }

        ForEachStatementInfo info = model.GetForEachStatementInfo(syntax);
        return (info.GetEnumeratorMethod is { } getEnumerator && CallMayMatter(getEnumerator, dispatched: true, depth)) ||
               (info.MoveNextMethod is { } moveNext && CallMayMatter(moveNext, dispatched: true, depth)) ||
               (info.CurrentProperty?.GetMethod is { } current && CallMayMatter(current, dispatched: true, depth)) ||
               (info.DisposeMethod is { } dispose && CallMayMatter(dispose, dispatched: true, depth)) ||
               IsSourceOrOpenType(info.ElementType) ||
               IsSourceOrOpenType(info.GetEnumeratorMethod?.ReturnType);
    }

    /// <summary>
    /// A library interface's method called on a value of a source type (<c>((IDisposable)conn).Dispose()</c>): the
    /// engine runs that type's implementation, so its body counts.
    /// </summary>
    private bool OwnImplementationMayMatter(IInvocationOperation invocation, int depth)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.ContainingType.TypeKind != TypeKind.Interface || _engine.IsInSource(method))
        {
            return false;
        }

        IOperation? instance = invocation.Instance;
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        return instance?.Type is INamedTypeSymbol { TypeKind: not TypeKind.Interface } concrete && !concrete.DeclaringSyntaxReferences.IsEmpty &&
               concrete.FindImplementationForInterfaceMember(method) is IMethodSymbol own && SourceMethodMayMatter(own, depth);
    }

    /// <summary>What the engine looks at for a call: roles, the BCL table's thread entries, and a source callee's body (or any implementation's).</summary>
    private bool CallMayMatter(IMethodSymbol method, bool dispatched, int depth)
    {
        if (_engine.Roles.Of(method) != Role.None || _engine.HasParameterRoles(method))
        {
            return true;
        }

        foreach (BclFact fact in _engine.FactsOf(method))
        {
            if (fact.Effect == BclEffect.ThreadEntry)
            {
                return true;
            }
        }

        if (SourceMethodMayMatter(method, depth))
        {
            return true;
        }

        if (dispatched || method.IsVirtual || method.IsAbstract || method.IsOverride)
        {
            foreach (IMethodSymbol implementation in _engine.ImplementationsOf(method))
            {
                if (SourceMethodMayMatter(implementation, depth))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool SourceMethodMayMatter(IMethodSymbol method, int depth)
    {
        method = method.OriginalDefinition;
        if (!_engine.IsInSource(method) || method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
        {
            // Metadata (roles and the BCL table were asked already); local functions and lambdas are in the walked tree.
            return false;
        }

        if (_methods.TryGetValue(method, out bool known))
        {
            return known;
        }

        if (depth >= MaxCalleeDepth)
        {
            return true;
        }

        t_inProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        if (!t_inProgress.Add(method))
        {
            // Recursion: not decided yet; say "may matter" (never wrong, only slower).
            return true;
        }

        try
        {
            bool result = _engine.Roles.Of(method) != Role.None || _engine.HasParameterRoles(method);
            if (!result)
            {
                foreach (IOperation body in _engine.BodiesOf(method))
                {
                    if (TreeMayMatter(body, depth + 1))
                    {
                        result = true;
                        break;
                    }
                }
            }

            return _methods.GetOrAdd(method, result);
        }
        finally
        {
            t_inProgress.Remove(method);
        }
    }

    private static bool DeclaresSourceType(IVariableDeclarationGroupOperation group)
    {
        foreach (IVariableDeclarationOperation declaration in group.Declarations)
        {
            foreach (IVariableDeclaratorOperation declarator in declaration.Declarators)
            {
                if (IsSourceOrOpenType(declarator.Symbol.Type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsSourceOrOpenType(ITypeSymbol? type) =>
        type is ITypeParameterSymbol || (type is not null && !type.DeclaringSyntaxReferences.IsEmpty);
}
