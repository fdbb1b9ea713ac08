using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers.Engine;

/// <summary>
/// Decides, before a top-level body's control-flow graph is built, that the engine's run of it would report nothing
/// and record nothing for its type but writes into what fields hold (which the analyzer defers, as it does for bodies
/// <see cref="Relevance"/> calls irrelevant): then neither the graph nor the run is needed. A project's request
/// handlers publish a record made there, broadcast immutable arguments, post a quiet lambda and await; their graphs
/// and runs were ~85% of the flow analyzer's CPU on such a project while reporting nothing.
/// </summary>
/// <remarks>
/// <para>
/// The body is walked once, as operations, and accepted only when every operation is of the closed list below, each
/// with the condition under which the engine's events for it reach no rule (<see cref="FlowRules"/>). Anything else
/// means "may report" and the engine runs as before; accepting nothing is always sound. Each clause restates an engine
/// or rule condition; a change there must change the clause (the audit mode, on in the test assembly, runs every
/// accepted body through the engine as well and throws on any diagnostic or fact it gives, and QuietBodyTests has one
/// test per clause):
/// </para>
/// <list type="number">
/// <item><b>Place.</b> An ordinary method the engine runs at its caller's place (<c>FlowEngine.PlaceOf</c>: not a
/// <c>[WorkerUpdate]</c>, per-worker member, finalizer), with no role on it or its parameters and no by-ref
/// parameter. There WEFT0006 (<c>FieldUpdate</c>, <c>Write</c> to a static's object) needs worker code, WEFT0008
/// (<c>CapturedAssignment</c>, <c>Write</c>, <c>Returned</c>) a per-thread callback, WEFT0005 (<c>LoopMemberRead</c>)
/// an off-pool place or state after <c>ConfigureAwait(false)</c>; the entry state holds no snapshot or worker object
/// (<c>WithParameterRoles</c>).</item>
/// <item><b>No object written.</b> Assignments, compound assignments and increments only to the body's own locals and
/// parameters (<c>WriteTarget</c> raises <c>CapturedAssignment</c> only for a captured variable, none at top level);
/// no event assignment, no <c>this</c>, no field but a constant; no library call or constructor with a BCL-table fact
/// but element reads, copies and carriers (no <c>Writes</c>, <c>View</c>, <c>ThreadEntry</c>, atomic store); no
/// by-ref argument but a static counter handed to <c>Interlocked.Increment/Decrement/Add</c>, whose <c>Write</c> at
/// the caller's place is only a field-write fact (<c>FlowRules.Write</c>: no publication can hold a field's storage,
/// see 4) — that fact is why an accepted body is deferred. So WEFT0002/WEFT0003 (<c>Write</c> into a published or
/// snapshot object) have no event.</item>
/// <item><b>No code of the user's runs.</b> No call into source but the generator's slot members (answered by their
/// roles, no summary: <c>FlowEngine.AnsweredByRoles</c>); no delegate invocation, local function, method group or
/// user-defined operator or conversion; a source type created only by a record's positional constructor without a body
/// the engine reads (<c>BodiesOf</c> empty: no summary, so only <c>StoreConstructorArguments</c>' stores, judged in
/// 4); a dispatched library call only where no source type could answer it (<c>KnownImplementations</c>, the
/// interface-on-a-source-type path of <c>FlowRun.Invoke</c>). So no summary raises an event here.</item>
/// <item><b>Clean values.</b> With 1–3 every object in the run is a parameter's (no role), one made here, or memory
/// reached from those: no role member is read (<c>RoleObjects</c>: snapshot, worker, calling-loop objects), no field
/// (<c>FieldRead</c>, field objects), no source getter, no static member. So <c>FlowRules.FieldStore</c> at a
/// creation finds no worker source, <c>HandedOff</c> records no field read and finds no worker object, and
/// <c>Finish</c> records no published field (no field store or field object).</item>
/// <item><b>Awaits stay on the loop.</b> Only a <c>Task</c> or <c>ValueTask</c> is awaited, never through
/// <c>ConfigureAwait(false)</c> (<c>BclKnowledge.LeavesContext</c>), and no value can carry the context-free marker (it
/// comes only from such calls or summaries, none here): the state never goes off the loop, so no
/// <c>VariableUse</c>/<c>FieldRead</c>/<c>LoopMemberRead</c> is judged off it (WEFT0004, WEFT0005).</item>
/// <item><b>Published values are immutable.</b> An argument of a <c>[Published]</c> parameter is of a slot type or of
/// a type WEFT0001's <see cref="Immutability"/> accepts, not an interface, <c>object</c> or type parameter
/// (<c>FlowRules.PublishedArgument</c> reports WEFT0007 only when <c>WhyMutable</c> of that type is not null).
/// <c>[PassedToCallback]</c> arguments are clean (4), so their hand-off finds no worker or field object.</item>
/// <item><b>Posted lambdas are quiet.</b> A lambda appears only as the argument of a <c>[RunsOnOwningLoop]</c>
/// parameter (so it is handed off, never run in place by <c>RunInlineFunctions</c>, and runs on a loop) and passes
/// <see cref="QuietDelegates.IsQuietWhenPosted"/>: the same screen the engine applies at that hand-off, at the
/// stricter of the two loop places, with the state replaced by: a captured variable that can hold an object is a
/// local of this body assigned only once, at its declaration, an object made by a library constructor from constant
/// arguments (what it holds at the hand-off is that object alone). No other role parameter is accepted.</item>
/// </list>
/// </remarks>
internal static class QuietBodies
{
    private static int s_accepted;

    private static readonly ConcurrentQueue<string> s_acceptedInAudit = new();

    /// <summary>
    /// When set (by the test assembly), every accepted body is also run through the engine by the analyzer, which throws
    /// if that run reports or records anything: the proof that the screen misses nothing, over every test and the corpus.
    /// </summary>
    internal static bool Audit { get; set; }

    /// <summary>How many bodies were accepted in this process (for the benchmark's report).</summary>
    internal static int AcceptedCount => Volatile.Read(ref s_accepted);

    /// <summary>The bodies accepted while <see cref="Audit"/> was on, by their display names (for tests).</summary>
    internal static IEnumerable<string> AcceptedInAudit => s_acceptedInAudit;

    /// <summary>True when the engine's run of the body (its operation blocks, owned by <paramref name="owner"/>) would report nothing and record no fact but field writes.</summary>
    public static bool Accepts(FlowEngine engine, WeftSymbols symbols, Immutability immutability, ImmutableArray<IOperation> blocks, ISymbol owner)
    {
        if (owner is not IMethodSymbol method || BodyOf(blocks) is not { } body || !new Screen(engine, symbols, immutability, method, body).Accepts())
        {
            return false;
        }

        Interlocked.Increment(ref s_accepted);
        if (Audit)
        {
            s_acceptedInAudit.Enqueue(method.ToDisplayString());
        }

        return true;
    }

    /// <summary>The one executable block of a method (a parameter's default value has a graph of its own: not screened).</summary>
    private static IBlockOperation? BodyOf(ImmutableArray<IOperation> blocks)
    {
        IBlockOperation? body = null;
        foreach (IOperation block in blocks)
        {
            if (block.Kind is OperationKind.None or OperationKind.Attribute)
            {
                continue;
            }

            if (body is not null || block is not IBlockOperation found)
            {
                return null;
            }

            body = found;
        }

        return body;
    }

    private sealed class Screen
    {
        private readonly FlowEngine _engine;
        private readonly WeftSymbols _symbols;
        private readonly Immutability _immutability;
        private readonly IMethodSymbol _method;
        private readonly IBlockOperation _body;

        // Lambdas handed to a [RunsOnOwningLoop] parameter (clause 7), found at their call before the walk reaches them.
        private HashSet<IAnonymousFunctionOperation>? _posted;

        // Dispatched library calls with the static type of their receiver, and the source types made here (clause 3).
        private List<(IMethodSymbol Method, ITypeSymbol? Receiver)>? _dispatched;
        private HashSet<INamedTypeSymbol>? _createdSourceTypes;
        private Dictionary<ISymbol, bool>? _madeHere;

        public Screen(FlowEngine engine, WeftSymbols symbols, Immutability immutability, IMethodSymbol method, IBlockOperation body)
        {
            _engine = engine;
            _symbols = symbols;
            _immutability = immutability;
            _method = method;
            _body = body;
        }

        public bool Accepts()
        {
            if (!PlaceIsQuiet())
            {
                return false;
            }

            var pending = new Stack<IOperation>();
            pending.Push(_body);
            while (pending.Count > 0)
            {
                IOperation operation = pending.Pop();
                if (operation is IAnonymousFunctionOperation lambda)
                {
                    // Clause 7: its body is the lambda screen's to judge, not this walk's.
                    if (_posted is null || !_posted.Contains(lambda) || !QuietDelegates.IsQuietWhenPosted(_engine, lambda, CapturedObjectsMadeHere))
                    {
                        return false;
                    }

                    continue;
                }

                if (!IsQuiet(operation))
                {
                    return false;
                }

                foreach (IOperation child in operation.ChildOperations)
                {
                    pending.Push(child);
                }
            }

            return NoSourceImplementationAnswers();
        }

        /// <summary>Clause 1.</summary>
        private bool PlaceIsQuiet()
        {
            if (_method.MethodKind != MethodKind.Ordinary || _engine.PlaceOfBody(_method).Kind != PlaceKind.Caller ||
                _engine.Roles.Of(_method) != Role.None || _engine.HasParameterRoles(_method))
            {
                return false;
            }

            foreach (IParameterSymbol parameter in _method.Parameters)
            {
                if (parameter.RefKind != RefKind.None)
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsQuiet(IOperation operation)
        {
            switch (operation.Kind)
            {
                case OperationKind.Block or OperationKind.VariableDeclarationGroup or OperationKind.VariableDeclaration or OperationKind.VariableInitializer or
                    OperationKind.ExpressionStatement or OperationKind.Literal or OperationKind.Parenthesized or OperationKind.Empty or OperationKind.Return:
                    return true;
                case OperationKind.VariableDeclarator:
                    return ((IVariableDeclaratorOperation)operation).Symbol.RefKind == RefKind.None;
                case OperationKind.LocalReference:
                    return ((ILocalReferenceOperation)operation).Local.RefKind == RefKind.None;
                case OperationKind.ParameterReference:
                    return IsOwnParameter(((IParameterReferenceOperation)operation).Parameter);
                case OperationKind.SimpleAssignment:
                    return operation is ISimpleAssignmentOperation { IsRef: false } assignment && IsOwnVariable(assignment.Target);
                case OperationKind.CompoundAssignment:
                    return operation is ICompoundAssignmentOperation { OperatorMethod: null } compound && IsOwnVariable(compound.Target);
                case OperationKind.Increment or OperationKind.Decrement:
                    return operation is IIncrementOrDecrementOperation { OperatorMethod: null } step && IsOwnVariable(step.Target);
                case OperationKind.Binary:
                    return ((IBinaryOperation)operation).OperatorMethod is null;
                case OperationKind.Unary:
                    return ((IUnaryOperation)operation).OperatorMethod is null;
                case OperationKind.Conversion:
                    return ((IConversionOperation)operation).OperatorMethod is null;
                case OperationKind.DelegateCreation:
                    // Only around a lambda, which clause 7 judges (a method group is user code run elsewhere).
                    return ((IDelegateCreationOperation)operation).Target is IAnonymousFunctionOperation;
                case OperationKind.Argument:
                    // By value, or clause 2's Interlocked counter (the call judges the value: ArgumentIsQuiet).
                    return operation is IArgumentOperation { Parameter: { } parameter } &&
                           (parameter.RefKind == RefKind.None || (parameter.Ordinal == 0 && IsInterlockedCounter(operation.Parent as IInvocationOperation)));
                case OperationKind.FieldReference:
                    var field = (IFieldReferenceOperation)operation;
                    return field.Field.IsConst || IsInterlockedCounter(operation.Parent?.Parent as IInvocationOperation) && operation.Parent is IArgumentOperation { Parameter.Ordinal: 0 };
                case OperationKind.Await:
                    return AwaitStaysOnLoop(((IAwaitOperation)operation).Operation);
                case OperationKind.Invocation:
                    return CallIsQuiet((IInvocationOperation)operation);
                case OperationKind.PropertyReference:
                    return PropertyReadIsQuiet((IPropertyReferenceOperation)operation);
                case OperationKind.ObjectCreation:
                    return CreationIsQuiet((IObjectCreationOperation)operation);
                default:
                    return false;
            }
        }

        private bool IsOwnParameter(IParameterSymbol parameter) =>
            parameter.RefKind == RefKind.None && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _method);

        /// <summary>Clause 2: a write only to a local or parameter of this body (a lambda's are the lambda screen's).</summary>
        private bool IsOwnVariable(IOperation target) => target switch
        {
            ILocalReferenceOperation { Local: { RefKind: RefKind.None } local } => SymbolEqualityComparer.Default.Equals(local.ContainingSymbol, _method),
            IParameterReferenceOperation { Parameter: var parameter } => IsOwnParameter(parameter),
            _ => false,
        };

        /// <summary>Clause 5.</summary>
        private static bool AwaitStaysOnLoop(IOperation awaited) =>
            !BclKnowledge.LeavesContext(awaited) &&
            awaited.Type is INamedTypeSymbol { Name: "Task" or "ValueTask", ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

        /// <summary><c>Interlocked.Increment(ref s_count)</c> on a static, non-volatile number field of a type (clause 2).</summary>
        private static bool IsInterlockedCounter(IInvocationOperation? invocation) =>
            invocation is { TargetMethod: { Name: "Increment" or "Decrement" or "Add", ContainingType: { Name: "Interlocked", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } }, Arguments.Length: > 0 } &&
            invocation.Arguments[0] is { Parameter: { Ordinal: 0, RefKind: RefKind.Ref }, Value: IFieldReferenceOperation { Instance: null, Field: { IsStatic: true, IsVolatile: false, Type.SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 } } };

        /// <summary>Clauses 2, 3, 6 and 7 for a call.</summary>
        private bool CallIsQuiet(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.MethodKind != MethodKind.Ordinary || invocation.Instance is IInstanceReferenceOperation || BclKnowledge.LeavesContext(invocation) ||
                method.Name == "<Clone>$" || _engine.Roles.Of(method) != Role.None)
            {
                return false;
            }

            if (!OnlyHarmlessFacts(method))
            {
                return false;
            }

            if (_engine.IsInSource(method))
            {
                // The generator's members are answered by their roles; any other source method has a summary.
                if (!_symbols.IsGeneratedSlotMember(method) || !method.IsStatic)
                {
                    return false;
                }
            }
            else
            {
                if (invocation.IsVirtual || method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType.TypeKind == TypeKind.Interface)
                {
                    (_dispatched ??= new()).Add((method, invocation.Instance is { } instance ? FlowRun.Unconverted(instance).Type : null));
                }
            }

            bool interlocked = IsInterlockedCounter(invocation);
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is not { } parameter || (parameter.RefKind != RefKind.None && !(interlocked && parameter.Ordinal == 0)) || !ArgumentIsQuiet(argument, parameter))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Clauses 6 and 7: what a role parameter does with its argument; a delegate only as a posted lambda.</summary>
        private bool ArgumentIsQuiet(IArgumentOperation argument, IParameterSymbol parameter)
        {
            IOperation value = FlowRun.Unconverted(argument.Value);
            if (value is IDelegateCreationOperation creation)
            {
                value = creation.Target;
            }

            Role roles = _engine.Roles.Of(parameter);
            if (roles == Role.None)
            {
                return parameter.Type.TypeKind != TypeKind.Delegate && value is not (IAnonymousFunctionOperation or IMethodReferenceOperation);
            }

            if ((roles & ~(Role.Published | Role.PassedToCallback | Role.RunsOnOwningLoop)) != 0 || parameter.RefKind != RefKind.None)
            {
                return false;
            }

            if ((roles & Role.Published) != 0 && !PublishedValueIsImmutable(argument))
            {
                return false;
            }

            if ((roles & Role.RunsOnOwningLoop) != 0)
            {
                if (value is not IAnonymousFunctionOperation lambda)
                {
                    return false;
                }

                (_posted ??= new()).Add(lambda);
            }

            return true;
        }

        /// <summary>Clause 6, as <c>FlowRules.PublishedArgument</c> decides: a slot type, or a type WEFT0001 accepts.</summary>
        private bool PublishedValueIsImmutable(IArgumentOperation argument)
        {
            IOperation value = argument.Value is IConversionOperation { Conversion.IsUserDefined: false } conversion ? conversion.Operand : argument.Value;
            return argument.ArgumentKind == ArgumentKind.Explicit &&
                   value.Type is { TypeKind: not (TypeKind.Interface or TypeKind.TypeParameter or TypeKind.Delegate), SpecialType: not SpecialType.System_Object } type &&
                   (_symbols.SlotModeOf(type) is not null || _immutability.WhyMutable(type) is null);
        }

        /// <summary>Clause 2: the BCL table's facts that neither write, alias nor hand off (element reads, copies, carriers).</summary>
        private bool OnlyHarmlessFacts(IMethodSymbol method)
        {
            foreach (BclFact fact in _engine.FactsOf(method))
            {
                if (fact.Effect is not (BclEffect.Element or BclEffect.ShallowCopy or BclEffect.Carrier or BclEffect.HoldsAsElement))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Clause 4: a library property of an object, no role, no delegate, no table fact but an element read.</summary>
        private bool PropertyReadIsQuiet(IPropertyReferenceOperation reference)
        {
            IPropertySymbol property = reference.Property;
            if (reference.Instance is null or IInstanceReferenceOperation || _engine.Roles.Of(property) != Role.None || property.GetMethod is not { } getter ||
                _engine.IsInSource(getter) || property.Type.TypeKind == TypeKind.Delegate || reference.Parent is IAssignmentOperation { Target: var target } && target == reference)
            {
                return false;
            }

            foreach (BclFact fact in _engine.FactsOf(getter))
            {
                if (fact.Effect != BclEffect.Element)
                {
                    // A view of the receiver (Lazy<T>.Value) runs the factory it holds there.
                    return false;
                }
            }

            foreach (IArgumentOperation index in reference.Arguments)
            {
                if (index.Parameter is not { } parameter || !ArgumentIsQuiet(index, parameter))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Clauses 2 and 3 for <c>new</c>.</summary>
        private bool CreationIsQuiet(IObjectCreationOperation creation)
        {
            if (creation.Initializer is not null || creation.Constructor is not { } constructor || creation.Type is not INamedTypeSymbol { TypeKind: not TypeKind.Delegate } type ||
                _engine.Roles.Of(constructor) != Role.None || _engine.HasParameterRoles(constructor) || !_engine.FactsOf(constructor).IsEmpty)
            {
                return false;
            }

            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                if (parameter.RefKind != RefKind.None || parameter.Type.TypeKind == TypeKind.Delegate)
                {
                    return false;
                }
            }

            if (_engine.IsInSource(constructor))
            {
                if (!type.IsRecord || !_engine.IsPrimaryConstructor(constructor) || !_engine.BodiesOf(constructor).IsEmpty || !_engine.RefFieldsBoundBy(constructor).IsEmpty)
                {
                    return false;
                }

                (_createdSourceTypes ??= new(SymbolEqualityComparer.Default)).Add(type.OriginalDefinition);
            }

            foreach (IArgumentOperation argument in creation.Arguments)
            {
                if (!ArgumentIsQuiet(argument, argument.Parameter!))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Clause 3 for dispatched library calls: the engine runs a source implementation only for a receiver made here
        /// of a source type, or one whose static type is a source type; neither may answer any of them.
        /// </summary>
        private bool NoSourceImplementationAnswers()
        {
            foreach ((IMethodSymbol method, ITypeSymbol? receiver) in _dispatched ?? [])
            {
                if (receiver is ITypeParameterSymbol || (receiver is not null && _engine.IsInSource(receiver)))
                {
                    return false;
                }

                foreach (INamedTypeSymbol created in _createdSourceTypes ?? [])
                {
                    if (method.ContainingType.TypeKind == TypeKind.Interface ? Implements(created, method.ContainingType) : DerivesFrom(created, method.ContainingType))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol @interface)
        {
            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, @interface.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol @base)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, @base.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Clause 7's stand-in for the state at the hand-off: a local of this body assigned only at its declaration, with
        /// an object a library constructor made from constants (no argument object to hold, no later store into it: 2).
        /// </summary>
        private bool CapturedObjectsMadeHere(ISymbol variable)
        {
            _madeHere ??= new(SymbolEqualityComparer.Default);
            if (!_madeHere.TryGetValue(variable, out bool made))
            {
                _madeHere[variable] = made = variable is ILocalSymbol { RefKind: RefKind.None } local && SymbolEqualityComparer.Default.Equals(local.ContainingSymbol, _method) &&
                                             AssignedOnlyAtDeclarationByNew(local);
            }

            return made;
        }

        private bool AssignedOnlyAtDeclarationByNew(ILocalSymbol local)
        {
            bool declared = false;
            foreach (IOperation operation in _body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        IOperation? initial = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                        if (initial is null || FlowRun.Unconverted(initial) is not IObjectCreationOperation { Constructor: { } constructor, Initializer: null } creation ||
                            _engine.IsInSource(constructor))
                        {
                            return false;
                        }

                        foreach (IArgumentOperation argument in creation.Arguments)
                        {
                            if (!argument.Value.ConstantValue.HasValue)
                            {
                                return false;
                            }
                        }

                        declared = true;
                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation stepped } when SymbolEqualityComparer.Default.Equals(stepped.Local, local):
                    case IDeconstructionAssignmentOperation:
                        return false;
                }
            }

            return declared;
        }
    }
}
