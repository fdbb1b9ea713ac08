using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers.Engine;

/// <summary>
/// Decides, before its control-flow graph is built, that running a lambda handed to a loop would tell the rules
/// nothing, so neither the graph nor the run is needed (building lambdas' graphs was a quarter of the analyzer's CPU on
/// a project that posts a lambda from every handler). A run tells the rules only through observer events; this walks
/// the lambda's operation tree and accepts it only when every operation is one whose events, at this place and with
/// the captured variables' objects as they are at the hand-off, the rules ignore (<see cref="FlowRules"/>):
/// <list type="bullet">
/// <item>Place: a loop (<see cref="PlaceKind.Worker"/> or <see cref="PlaceKind.OtherLoop"/>), under no per-thread
/// callback: a loop member read there, with no <c>await</c> to leave the loop, is no WEFT0005, and a captured variable
/// assigned there is WEFT0008 only inside a callback run on every thread.</item>
/// <item>Memory: no assignment but to the lambda's own variables and to captured variables of unmanaged types; no call
/// into source (a source getter only when its summary has no effect but its result), none with a role, a table fact,
/// a by-ref or delegate argument, or virtual dispatch; no static member but through a role; no <c>this</c>.</item>
/// <item>Captured variables: on another loop, each captured variable read hands its objects over; the lambda is quiet
/// only when all of them (and all they hold) are objects the handing code made, none a delegate: no worker, snapshot or
/// field state goes along, and no field fact is recorded.</item>
/// </list>
/// Any other operation (a nested function, <c>await</c>, a loop over an enumerator, a pattern, an initializer, …) makes
/// the answer "may report", and the lambda runs as before. The answer errs only that way.
/// </summary>
internal static class QuietDelegates
{
    /// <summary>True when running <paramref name="lambda"/> at <paramref name="place"/> cannot produce anything <paramref name="observer"/> reports or records.</summary>
    public static bool CannotReport(FlowEngine engine, FlowRun outer, AbstractObject @delegate, IFlowAnonymousFunctionOperation lambda, ControlFlowGraph owner, Place place, FlowState state, IFlowObserver observer)
    {
        if (observer is not FlowRules || place.Kind is not (PlaceKind.Worker or PlaceKind.OtherLoop) || !@delegate.Closure.IsEmpty || !@delegate.Receiver.IsEmpty ||
            lambda.Symbol.IsAsync)
        {
            return false;
        }

        for (FlowRun? run = outer; run is not null; run = run.Outer)
        {
            if (run.Place.IsPerThreadCallback)
            {
                return false;
            }
        }

        if (OriginalOf(owner, lambda) is not { Body: { } body })
        {
            return false;
        }

        return BodyIsQuiet(body, new Screen(engine, outer, lambda.Symbol, place, state, capturedObjectsMadeThere: null));
    }

    /// <summary>
    /// For <see cref="QuietBodies"/>, before the handing body's graph exists: true when <see cref="CannotReport"/> would
    /// answer true for <paramref name="lambda"/> posted to another loop (the stricter of the two loop places) from a
    /// top-level body at its caller's place, not async, with <paramref name="capturedObjectsMadeThere"/> standing in for
    /// the state at the hand-off: true only for a captured variable every object of which, and all they hold, the
    /// handing body made (see <c>CapturedObjectsStayHere</c>).
    /// </summary>
    public static bool IsQuietWhenPosted(FlowEngine engine, IAnonymousFunctionOperation lambda, Func<ISymbol, bool> capturedObjectsMadeThere) =>
        !lambda.Symbol.IsAsync &&
        BodyIsQuiet(lambda.Body, new Screen(engine, outer: null, lambda.Symbol, new Place(PlaceKind.OtherLoop, "a posted callback"), state: null, capturedObjectsMadeThere));

    private static bool BodyIsQuiet(IBlockOperation body, Screen screen)
    {
        foreach (IOperation operation in body.DescendantsAndSelf())
        {
            if (!screen.IsQuiet(operation))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The lambda's operation in the tree its owner's graph was built from (not the graph's lowered form).</summary>
    private static IAnonymousFunctionOperation? OriginalOf(ControlFlowGraph owner, IFlowAnonymousFunctionOperation lambda)
    {
        // Asked at every hand-off of a lambda: the search follows only the operations whose text encloses the lambda's
        // (a few paths down a tree that nests by text), not the whole body; the whole body only when they miss it.
        if (Enclosing(owner.OriginalOperation, lambda) is { } found)
        {
            return found;
        }

        foreach (IOperation operation in owner.OriginalOperation.DescendantsAndSelf())
        {
            if (operation is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda.Symbol))
            {
                return function;
            }
        }

        return null;
    }

    /// <summary>
    /// The lambda's original operation under <paramref name="node"/>, searched only through children whose text encloses
    /// the lambda's: several may (an implicit <c>base()</c> call carries its whole constructor's text), so each is tried.
    /// </summary>
    private static IAnonymousFunctionOperation? Enclosing(IOperation node, IFlowAnonymousFunctionOperation lambda)
    {
        if (node is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda.Symbol))
        {
            return function;
        }

        foreach (IOperation child in node.ChildOperations)
        {
            if (child.Syntax.SyntaxTree == lambda.Syntax.SyntaxTree && child.Syntax.Span.Contains(lambda.Syntax.Span) && Enclosing(child, lambda) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private readonly struct Screen
    {
        private readonly FlowEngine _engine;
        private readonly FlowRun? _outer;
        private readonly IMethodSymbol _lambda;
        private readonly Place _place;
        private readonly FlowState? _state;
        private readonly Func<ISymbol, bool>? _capturedObjectsMadeThere;

        /// <param name="engine">The engine.</param>
        /// <param name="outer">The handing run; null before it exists (top-level summaries are asked for then).</param>
        /// <param name="lambda">The lambda.</param>
        /// <param name="place">Where it runs.</param>
        /// <param name="state">The state at the hand-off; null before the run, with <paramref name="capturedObjectsMadeThere"/> instead.</param>
        /// <param name="capturedObjectsMadeThere">Without a state: whether every object a captured variable holds there was made by the handing body.</param>
        public Screen(FlowEngine engine, FlowRun? outer, IMethodSymbol lambda, Place place, FlowState? state, Func<ISymbol, bool>? capturedObjectsMadeThere)
        {
            _engine = engine;
            _outer = outer;
            _lambda = lambda;
            _place = place;
            _state = state;
            _capturedObjectsMadeThere = capturedObjectsMadeThere;
        }

        public bool IsQuiet(IOperation operation)
        {
            switch (operation)
            {
                case IBlockOperation or IVariableDeclarationGroupOperation or IVariableDeclarationOperation or IVariableInitializerOperation or
                    IExpressionStatementOperation or ILiteralOperation or IEmptyOperation or IBranchOperation or IReturnOperation or
                    IParenthesizedOperation or IConditionalOperation or IForLoopOperation or IWhileLoopOperation or IArgumentOperation or
                    IArrayElementReferenceOperation or IDefaultValueOperation or ITypeOfOperation or INameOfOperation or ISizeOfOperation:
                    return true;
                case IVariableDeclaratorOperation declarator:
                    return declarator.Symbol.RefKind == RefKind.None;
                case IBinaryOperation binary:
                    return binary.OperatorMethod is null;
                case IUnaryOperation unary:
                    return unary.OperatorMethod is null;
                case IConversionOperation conversion:
                    return conversion.OperatorMethod is null;
                case ILocalReferenceOperation local:
                    return local.Local.RefKind == RefKind.None && (OwnVariable(local.Local) || CapturedObjectsStayHere(local.Local));
                case IParameterReferenceOperation parameter:
                    // A primary constructor's parameter is a member of the instance, not a variable.
                    return parameter.Parameter.RefKind == RefKind.None && parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: not MethodKind.Constructor } &&
                           (OwnVariable(parameter.Parameter) || CapturedObjectsStayHere(parameter.Parameter));
                case ISimpleAssignmentOperation { IsRef: false } assignment:
                    return AssignableHere(assignment.Target);
                case ICompoundAssignmentOperation { OperatorMethod: null } compound:
                    return AssignableHere(compound.Target);
                case IIncrementOrDecrementOperation { OperatorMethod: null } increment:
                    return AssignableHere(increment.Target);
                case IPropertyReferenceOperation property:
                    return PropertyReadIsQuiet(property);
                case IFieldReferenceOperation field:
                    return _engine.Roles.Of(field.Field) != Role.None || field.Field.IsConst ||
                           (!field.Field.IsStatic && field.Instance is not null and not IInstanceReferenceOperation);
                case IInvocationOperation invocation:
                    return invocation.Instance is not IInstanceReferenceOperation && CallIsQuiet(invocation.TargetMethod, invocation.IsVirtual, invocation.Arguments) &&
                           !BclKnowledge.LeavesContext(invocation) &&
                           !(invocation.Instance is ILocalReferenceOperation { Local.Type.IsValueType: true } && !invocation.TargetMethod.IsReadOnly);
                case IObjectCreationOperation { Constructor: { } constructor, Initializer: null } creation:
                    return CallIsQuiet(constructor, dispatched: false, creation.Arguments);
                default:
                    return false;
            }
        }

        private bool OwnVariable(ISymbol variable) => SymbolEqualityComparer.Default.Equals(variable.ContainingSymbol, _lambda);

        /// <summary>
        /// A captured variable read where the lambda runs: the rules look at what it holds only when that is another
        /// loop, and find nothing when every object it holds, and every object those hold, is one the handing code made
        /// (no worker, snapshot, field or parameter data; no delegate carrying any). The lambda assigns no captured
        /// variable that can hold an object, so what it holds there is what it held at the hand-off.
        /// </summary>
        private bool CapturedObjectsStayHere(ISymbol variable)
        {
            if (_place.Kind == PlaceKind.Worker || HoldsNoObject(variable is ILocalSymbol local ? local.Type : ((IParameterSymbol)variable).Type))
            {
                // A value of numbers goes where its copy goes (a parameter's value still stands for the caller's object).
                return true;
            }

            if (_state is null)
            {
                return _capturedObjectsMadeThere!(variable);
            }

            foreach (AbstractObject obj in _state.WithContents(_state.Get(variable)))
            {
                if (obj.Kind == ObjectKind.Delegate || obj.Root.Kind != ObjectKind.Fresh)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A struct of numbers (no view of memory): what the rules let go anywhere.</summary>
        private static bool HoldsNoObject(ITypeSymbol type) => type.IsUnmanagedType && !BclKnowledge.IsViewStruct(type);

        /// <summary>The lambda's own variables; a captured one only when it can hold no object (its change is WEFT0008's only in a per-thread callback).</summary>
        private bool AssignableHere(IOperation target) => target switch
        {
            ILocalReferenceOperation { Local: { RefKind: RefKind.None } local } => OwnVariable(local) || HoldsNoObject(local.Type),
            IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } => OwnVariable(parameter) || HoldsNoObject(parameter.Type),
            _ => false,
        };

        private bool PropertyReadIsQuiet(IPropertyReferenceOperation reference)
        {
            IPropertySymbol property = reference.Property;
            if (_engine.Roles.Of(property) != Role.None)
            {
                // A role object: a loop member read is reported only off the pool or after ConfigureAwait(false).
                return true;
            }

            if (reference.Instance is null or IInstanceReferenceOperation || property.GetMethod is not { } getter ||
                getter.IsVirtual || getter.IsAbstract || getter.IsOverride)
            {
                // A member of `this` or of a type is a variable whose read off the loop is a fact for the type's end.
                return false;
            }

            if (_engine.IsInSource(getter))
            {
                return _engine.IsAutoProperty(property) ||
                       (_outer is null ? _engine.SummaryForTopLevelCaller(getter) : _engine.SummaryOf(getter, _outer)) is not { } summary || summary.OnlyReturns;
            }

            // A library getter the table calls a view of its receiver may run a Lazy's factory there; its other facts
            // (an element read) only say what the read gives.
            foreach (BclFact fact in _engine.FactsOf(getter))
            {
                if (fact.Effect == BclEffect.View && fact.Operand < 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A library method (or constructor) the engine knows nothing of: no role, no table fact, no by-ref or delegate argument, no dispatch.</summary>
        private bool CallIsQuiet(IMethodSymbol method, bool dispatched, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
        {
            if (_engine.IsInSource(method) || method.MethodKind is MethodKind.DelegateInvoke or MethodKind.LocalFunction || dispatched || method.IsAbstract ||
                method.IsVirtual || method.IsOverride || _engine.Roles.Of(method) != Role.None || _engine.HasParameterRoles(method) || !_engine.FactsOf(method).IsEmpty)
            {
                return false;
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (parameter.RefKind != RefKind.None || parameter.Type.TypeKind is TypeKind.Delegate or TypeKind.TypeParameter || parameter.Type.SpecialType is SpecialType.System_Object or SpecialType.System_Delegate or SpecialType.System_MulticastDelegate)
                {
                    return false;
                }
            }

            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Value.Type is { TypeKind: TypeKind.Delegate })
                {
                    return false;
                }
            }

            return true;
        }
    }
}
