using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers.Engine;

/// <summary>
/// The analysis engine of one compilation: runs a body's graph to a fixpoint for the rules, analyses delegates where
/// they are handed, and computes callee summaries on demand (cached per method, bounded in depth, cycle-safe).
/// </summary>
internal sealed class FlowEngine
{
    /// <summary>How deep delegates, local functions and lambdas run in place nest before the engine stops looking (and assumes nothing).</summary>
    public const int MaxDepth = 3;

    /// <summary>
    /// The depth every cached summary (a source method's, a lambda's) is computed at, whoever asks first: a cached
    /// summary answers every later caller, and concurrent builds analyse bodies in any order, so it must not depend on
    /// how deep its first caller was (a helper first reached from a posted lambda would otherwise lose what its own
    /// callees do, for every caller, in some builds and not others).
    /// </summary>
    private const int SummaryDepth = 1;

    /// <summary>
    /// How many summaries may be in computation at once on a thread: a chain of helpers, each calling the next, is
    /// followed this far; past it the innermost assumes nothing.
    /// </summary>
    private const int MaxSummaryChain = 8;

    [ThreadStatic]
    private static HashSet<IMethodSymbol>? t_inProgress;

    private readonly Compilation _compilation;
    private readonly WeftSymbols _symbols;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ControlFlowGraph?> _graphs = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IOperation>> _bodies = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<object, ImmutableArray<(int Ordinal, ISymbol Member)>> _primaryInitialized = new(InstanceComparer.Instance);
    private readonly Relevance _relevance;
    // Keyed by the symbol's definition, compared by reference (see InstanceComparer): asked on every call and member read.
    private readonly ConcurrentDictionary<object, ImmutableArray<BclFact>> _facts = new(InstanceComparer.Instance);
    private readonly ConcurrentDictionary<object, bool> _autoProperties = new(InstanceComparer.Instance);
    private readonly ConcurrentDictionary<object, bool> _inSource = new(InstanceComparer.Instance);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _implementations = new(SymbolEqualityComparer.Default);
    private readonly Lazy<ImmutableArray<INamedTypeSymbol>> _sourceTypes;
    private readonly ConcurrentDictionary<object, bool> _threadStatic = new(InstanceComparer.Instance);
    private readonly ConcurrentDictionary<object, bool> _primaryConstructors = new(InstanceComparer.Instance);
    private readonly ConcurrentDictionary<object, AbstractObject> _ownWorkerObjects = new(InstanceComparer.Instance);
    private readonly ConcurrentDictionary<object, ObjectSet> _initialDelegates = new(InstanceComparer.Instance);
    private readonly ConcurrentDictionary<object, ObjectSet> _subscribedHandlers = new(InstanceComparer.Instance);
    private Func<object, ObjectSet>? _collectSubscribedHandlers;
    private Func<object, ObjectSet>? _collectHandlersKept;
    private readonly ConcurrentDictionary<object, bool> _poolSchedulers = new(InstanceComparer.Instance);
    private Func<object, bool>? _findPoolSchedulers;
    private readonly Lazy<SyntaxSites> _syntaxSites;
    private Func<object, ObjectSet>? _collectInitialDelegates;
    private readonly ConcurrentDictionary<object, ImmutableHashSet<ISymbol>?> _loopKeepers = new(InstanceComparer.Instance);
    private Func<object, ImmutableHashSet<ISymbol>?>? _findLoopKeepers;
    private readonly ConcurrentDictionary<object, ImmutableHashSet<ISymbol>?> _fieldStorers = new(InstanceComparer.Instance);
    private Func<object, ImmutableHashSet<ISymbol>?>? _findFieldStorers;
    private readonly ConcurrentDictionary<object, ITypeSymbol?> _initialTypes = new(InstanceComparer.Instance);
    private readonly ConcurrentDictionary<object, bool> _answeredByRoles = new(InstanceComparer.Instance);
    private readonly ConcurrentDictionary<object, bool> _parameterRoles = new(InstanceComparer.Instance);
    private readonly ConditionalWeakTable<IFlowAnonymousFunctionOperation, MethodSummary> _lambdaSummaries = new();
    private readonly ConcurrentDictionary<RoleObjectKey, AbstractObject> _roleObjects = new();
    private readonly ConcurrentDictionary<object, string> _calleeNames = new(InstanceComparer.Instance);
    private readonly ConcurrentDictionary<object, ImmutableArray<(int Ordinal, ISymbol Member)>> _namedLikeParameters = new(InstanceComparer.Instance);
    private readonly ConcurrentDictionary<object, ImmutableArray<(int Ordinal, IFieldSymbol Field)>> _refFieldsBound = new(InstanceComparer.Instance);
    private Func<object, ImmutableArray<(int Ordinal, IFieldSymbol Field)>>? _findRefFieldsBound;

    // The value factories of the caches below, made once: a method group or a lambda that uses this instance is a new
    // delegate at every call otherwise (these caches are asked on every call the engine meets).
    private Func<IMethodSymbol, ImmutableArray<IMethodSymbol>>? _findImplementations;
    private Func<object, bool>? _readParameterRoles;
    private Func<object, bool>? _readAnsweredByRoles;
    private Func<IMethodSymbol, ControlFlowGraph?>? _buildGraph;
    private Func<IMethodSymbol, ImmutableArray<IOperation>>? _bindBody;

    public FlowEngine(Compilation compilation, WeftSymbols symbols)
    {
        _compilation = compilation;
        _symbols = symbols;
        Roles = new ThreadRoles(compilation);
        _relevance = new Relevance(this);
        _sourceTypes = new Lazy<ImmutableArray<INamedTypeSymbol>>(() => SourceTypes(compilation.Assembly.GlobalNamespace));
        _syntaxSites = new Lazy<SyntaxSites>(IndexSyntaxSites);
    }

    /// <summary>
    /// The source methods a call of a source interface or virtual method may dispatch to: implementations and
    /// overrides declared in this compilation, found once per method (one walk of the compilation's types, once).
    /// </summary>
    public ImmutableArray<IMethodSymbol> ImplementationsOf(IMethodSymbol method) =>
        !IsInSource(method) ? ImmutableArray<IMethodSymbol>.Empty : _implementations.GetOrAdd(method.OriginalDefinition, _findImplementations ??= FindImplementations);

    private ImmutableArray<IMethodSymbol> FindImplementations(IMethodSymbol method)
    {
        var found = ImmutableArray.CreateBuilder<IMethodSymbol>();
        foreach (INamedTypeSymbol type in _sourceTypes.Value)
        {
            if (method.ContainingType.TypeKind == TypeKind.Interface)
            {
                if (type.TypeKind == TypeKind.Interface)
                {
                    continue;
                }

                foreach (INamedTypeSymbol implemented in type.AllInterfaces)
                {
                    if (!SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, method.ContainingType))
                    {
                        continue;
                    }

                    foreach (ISymbol member in implemented.GetMembers(method.Name))
                    {
                        if (SymbolEqualityComparer.Default.Equals(member.OriginalDefinition, method) &&
                            type.FindImplementationForInterfaceMember(member) is IMethodSymbol { DeclaringSyntaxReferences.IsEmpty: false } implementation &&
                            !implementation.IsAbstract)
                        {
                            found.Add(implementation.OriginalDefinition);
                        }
                    }
                }
            }
            else if (method.IsVirtual || method.IsAbstract || method.IsOverride)
            {
                foreach (ISymbol member in type.GetMembers(method.Name))
                {
                    for (IMethodSymbol? candidate = (member as IMethodSymbol)?.OverriddenMethod; candidate is not null; candidate = candidate.OverriddenMethod)
                    {
                        if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, method))
                        {
                            found.Add(((IMethodSymbol)member).OriginalDefinition);
                            break;
                        }
                    }
                }
            }
        }

        return found.ToImmutable();
    }

    private static ImmutableArray<INamedTypeSymbol> SourceTypes(INamespaceSymbol root)
    {
        var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            INamespaceOrTypeSymbol next = pending.Pop();
            if (next is INamedTypeSymbol type)
            {
                types.Add(type);
            }

            foreach (ISymbol member in next is INamespaceSymbol ns ? ns.GetMembers() : ((INamedTypeSymbol)next).GetTypeMembers())
            {
                if (member is INamespaceOrTypeSymbol child)
                {
                    pending.Push(child);
                }
            }
        }

        return types.ToImmutable();
    }

    public ThreadRoles Roles { get; }

    /// <summary>True when some parameter of the method carries a thread role, decided once per method.</summary>
    public bool HasParameterRoles(IMethodSymbol method) => _parameterRoles.GetOrAdd(method.OriginalDefinition, _readParameterRoles ??= m =>
    {
        foreach (IParameterSymbol parameter in ((IMethodSymbol)m).Parameters)
        {
            if (Roles.Of(parameter) != Role.None)
            {
                return true;
            }
        }

        return false;
    });

    /// <summary>What the BCL table knows of a method, computed once per method (every call and every fixpoint round asks).</summary>
    /// <remarks>
    /// Read from the definition, which is what the table matches (name, declaring type's definition, parameter names
    /// and count, kind): every construction of a generic method or type has the same facts as its definition.
    /// </remarks>
    public ImmutableArray<BclFact> FactsOf(IMethodSymbol method) => _facts.GetOrAdd(method.OriginalDefinition, static m => BclKnowledge.Facts((IMethodSymbol)m).ToImmutableArray());

    /// <summary>
    /// True for a property backed by a compiler-generated field whose accessors have no code of their own, decided once
    /// per property (definition). One whose accessors use C# 14's <c>field</c> runs its code on every get and set (a
    /// setter may sort what it is given): it is followed as its accessors' calls, which read and write the backing field.
    /// </summary>
    public bool IsAutoProperty(IPropertySymbol property) => _autoProperties.GetOrAdd(property.OriginalDefinition, static p =>
        Immutability.HasBackingField((IPropertySymbol)p) && !Immutability.HasAccessorBodies((IPropertySymbol)p));

    /// <summary>
    /// True for a symbol declared in source (<c>DeclaringSyntaxReferences</c> not empty), decided once per symbol: a
    /// source symbol builds that array anew on every ask, and the engine asks on every call and property read.
    /// </summary>
    /// <remarks>Asked of the definition: a constructed or substituted member hands out its definition's references.</remarks>
    /// <summary>Weft's <c>Dispatcher</c> (by metadata name).</summary>
    public bool IsDispatcher(ITypeSymbol? type) => _symbols.IsDispatcher(type);

    public bool IsInSource(ISymbol symbol) => _inSource.GetOrAdd(symbol.OriginalDefinition, static s => !((ISymbol)s).DeclaringSyntaxReferences.IsEmpty);

    /// <summary>True for a primary constructor (declared by the type's own parameter list), decided once per constructor.</summary>
    public bool IsPrimaryConstructor(IMethodSymbol constructor) => _primaryConstructors.GetOrAdd(constructor.OriginalDefinition, static c =>
    {
        var method = (IMethodSymbol)c;
        return method.MethodKind == MethodKind.Constructor && method.DeclaringSyntaxReferences.Length == 1 &&
               method.DeclaringSyntaxReferences[0].GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax;
    });

    /// <summary>
    /// The members a class's primary constructor initializes straight from one of its parameters
    /// (<c>public List&lt;Lobby&gt; Items { get; } = items;</c>): the parameter's ordinal and the member. Read from the
    /// syntax (an initializer can name no instance member, so a bare name there is the parameter); once per type.
    /// </summary>
    public ImmutableArray<(int Ordinal, ISymbol Member)> PrimaryInitializedMembers(IMethodSymbol constructor) =>
        _primaryInitialized.GetOrAdd(constructor.OriginalDefinition, static c =>
        {
            var method = (IMethodSymbol)c;
            var members = ImmutableArray.CreateBuilder<(int, ISymbol)>();
            foreach (ISymbol member in method.ContainingType.GetMembers())
            {
                if (member.IsStatic || member is not (IFieldSymbol { IsImplicitlyDeclared: false } or IPropertySymbol { IsIndexer: false }))
                {
                    continue;
                }

                foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax? value = reference.GetSyntax() switch
                    {
                        Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax property => property.Initializer?.Value,
                        Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax field => field.Initializer?.Value,
                        _ => null,
                    };
                    while (value is Microsoft.CodeAnalysis.CSharp.Syntax.ParenthesizedExpressionSyntax parenthesized)
                    {
                        value = parenthesized.Expression;
                    }

                    if (value is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax name)
                    {
                        foreach (IParameterSymbol parameter in method.Parameters)
                        {
                            if (parameter.Name == name.Identifier.ValueText)
                            {
                                members.Add((parameter.Ordinal, member));
                            }
                        }
                    }
                }
            }

            return members.ToImmutable();
        });

    /// <summary>
    /// The <c>ref</c> fields a source constructor of a ref struct points at one of its by-ref parameters
    /// (<c>public Cursor(ref int weight) => Weight = ref weight;</c>): the parameter's ordinal and the field. The new
    /// value's field then refers to the caller's argument, wherever that lives. Read once per constructor, and only for a
    /// ref struct that declares a ref field (C# 11), so no other constructor pays for it.
    /// </summary>
    public ImmutableArray<(int Ordinal, IFieldSymbol Field)> RefFieldsBoundBy(IMethodSymbol constructor) =>
        !constructor.ContainingType.IsRefLikeType
            ? ImmutableArray<(int, IFieldSymbol)>.Empty
            : _refFieldsBound.GetOrAdd(constructor.OriginalDefinition, _findRefFieldsBound ??= c =>
            {
                var method = (IMethodSymbol)c;
                bool declaresRefField = false;
                foreach (ISymbol member in method.ContainingType.GetMembers())
                {
                    declaresRefField |= member is IFieldSymbol { IsStatic: false, RefKind: not RefKind.None };
                }

                if (!declaresRefField)
                {
                    return ImmutableArray<(int, IFieldSymbol)>.Empty;
                }

                var bound = ImmutableArray.CreateBuilder<(int, IFieldSymbol)>();
                foreach (IOperation body in BodiesOf(method))
                {
                    foreach (IOperation operation in body.Descendants())
                    {
                        if (operation is ISimpleAssignmentOperation
                            {
                                IsRef: true,
                                Target: IFieldReferenceOperation { Field: { RefKind: not RefKind.None } field, Instance: IInstanceReferenceOperation },
                                Value: IParameterReferenceOperation { Parameter: { RefKind: not RefKind.None } parameter },
                            } && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method))
                        {
                            bound.Add((parameter.Ordinal, field.OriginalDefinition));
                        }
                    }
                }

                return bound.ToImmutable();
            });

    /// <summary>True for a [ThreadStatic] field: a different variable on every thread. Decided once per field.</summary>
    public bool IsThreadStatic(IFieldSymbol field) => _threadStatic.GetOrAdd(field.OriginalDefinition, static f =>
    {
        foreach (AttributeData attribute in ((IFieldSymbol)f).GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ThreadStaticAttribute", ContainingNamespace.Name: "System" })
            {
                return true;
            }
        }

        return false;
    });

    /// <summary>
    /// The snapshot or worker-owned object a role-carrying member yields (<see cref="ObjectKind.Snapshot"/> or
    /// <see cref="ObjectKind.Worker"/>), made once per member and type: the object is a function of its kind, the
    /// type's definition (its key) and the member's name (its description), so a read gets the same one every time
    /// (and with it the same one-object set and reach object) instead of a new string, object and set per read.
    /// </summary>
    public AbstractObject RoleObject(ObjectKind kind, ISymbol member, ITypeSymbol type) =>
        _roleObjects.GetOrAdd(new RoleObjectKey(kind, member.OriginalDefinition, type.OriginalDefinition), static key =>
        {
            string description = $"{key.Member.ContainingType.Name}.{key.Member.Name}";
            return key.Kind == ObjectKind.Snapshot ? AbstractObject.Snapshot(key.Type, description) : AbstractObject.Worker(key.Type, description);
        });

    /// <summary>
    /// The instance fields and properties of <paramref name="type"/> named like a parameter of
    /// <paramref name="method"/> (case aside), with that parameter's ordinal: where a library constructor or a carrier
    /// factory keeps its arguments. Found once per method definition (members of the type's definition: heap keys are).
    /// </summary>
    public ImmutableArray<(int Ordinal, ISymbol Member)> MembersNamedLikeParameters(IMethodSymbol method, INamedTypeSymbol type) =>
        _namedLikeParameters.GetOrAdd(method.OriginalDefinition, _ =>
        {
            var found = ImmutableArray.CreateBuilder<(int, ISymbol)>();
            foreach (IParameterSymbol parameter in method.OriginalDefinition.Parameters)
            {
                foreach (ISymbol member in type.OriginalDefinition.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } &&
                        string.Equals(member.Name, parameter.Name, StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add((parameter.Ordinal, member));
                    }
                }
            }

            return found.ToImmutable();
        });

    /// <summary>The worker's own instance of a per-worker slot type, as its members see <c>this</c>; made once per type.</summary>
    public AbstractObject OwnWorkerObject(INamedTypeSymbol type) =>
        _ownWorkerObjects.GetOrAdd(type.OriginalDefinition, static t => AbstractObject.Worker((ITypeSymbol)t, $"its own per-worker '{((ITypeSymbol)t).Name}' (this)"));

    /// <summary>"Type.Method", as messages and publications name a callee; made once per method definition.</summary>
    public string CalleeName(IMethodSymbol method) => _calleeNames.GetOrAdd(method.OriginalDefinition, static m => $"{((IMethodSymbol)m).ContainingType.Name}.{((IMethodSymbol)m).Name}");

    /// <summary>Analyses one body for the rules.</summary>
    public FlowRun Analyze(ControlFlowGraph graph, ISymbol owner, IFlowObserver observer)
    {
        var function = owner as IMethodSymbol;
        Place place = PlaceOf(function);
        var run = new FlowRun(this, graph, function, place, observer, 0, null);
        FlowState entry = WithParameterRoles(EntryState(FlowState.Empty, function), function);
        if (place.Kind == PlaceKind.Worker && function is { IsStatic: false, MethodKind: not MethodKind.Constructor } && _symbols.IsPerWorkerSlot(function.ContainingType))
        {
            // A per-worker type's own member: `this` is the worker's instance, worker state wherever it is handed.
            entry = entry.Set(FlowRun.ThisKey, ObjectSet.Create(AbstractObject.This).Add(OwnWorkerObject(function.ContainingType)));
        }

        run.ExitState = run.Run(entry);
        return run;
    }

    private Place PlaceOf(IMethodSymbol? method)
    {
        if (method is null)
        {
            return new Place(PlaceKind.Caller, "this code");
        }

        if (_symbols.HasWorkerUpdate(method))
        {
            return new Place(PlaceKind.Worker, $"the [WorkerUpdate] method '{method.Name}'");
        }

        if (method.MethodKind == MethodKind.Destructor)
        {
            // The GC runs finalizers on its own thread, whichever loop made the object.
            return new Place(PlaceKind.OffPool, $"the finalizer of '{method.ContainingType.Name}' (the GC's finalizer thread)");
        }

        if (!method.IsStatic && method.MethodKind != MethodKind.Constructor && _symbols.IsPerWorkerSlot(method.ContainingType))
        {
            return new Place(PlaceKind.Worker, $"'{method.ContainingType.Name}.{method.Name}' (per-worker state)");
        }

        if (method is { IsStatic: true, MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Private } && _symbols.IsPerWorkerSlot(method.ContainingType))
        {
            // Only the type's own code calls a private static helper, and that code runs on every worker: its static
            // writes are judged (and reported) there, once, not again at each call.
            return new Place(PlaceKind.Worker, $"'{method.ContainingType.Name}.{method.Name}' (a helper of per-worker state)");
        }

        if (method.MethodKind == MethodKind.Constructor && !method.IsStatic && _symbols.IsPerWorkerSlot(method.ContainingType))
        {
            // Each worker builds its own instance, all at once: the constructor is worker code (its static writes race).
            return new Place(PlaceKind.Worker, $"the constructor of '{method.ContainingType.Name}' (run on every worker)");
        }

        return new Place(PlaceKind.Caller, "this code");
    }

    /// <summary>
    /// A parameter marked [SharedSnapshot] holds data every thread shares, a [WorkerOwned] one the calling worker's own:
    /// the body is judged with that (its callers are judged by the argument they pass).
    /// </summary>
    private FlowState WithParameterRoles(FlowState state, IMethodSymbol? function)
    {
        if (function is null)
        {
            return state;
        }

        foreach (IParameterSymbol parameter in function.Parameters)
        {
            Role roles = Roles.Of(parameter);
            if ((roles & (Role.SharedSnapshot | Role.WorkerOwned)) != 0 && parameter.RefKind is RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter)
            {
                AbstractObject role = RoleObject((roles & Role.SharedSnapshot) != 0 ? ObjectKind.Snapshot : ObjectKind.Worker, parameter, parameter.Type);
                state = state.Set(parameter, ObjectSet.Create(AbstractObject.ParameterObject(parameter)).Add(role));
            }
        }

        return state;
    }

    private static FlowState EntryState(FlowState state, IMethodSymbol? function)
    {
        if (function is null)
        {
            return state;
        }

        foreach (IParameterSymbol parameter in function.Parameters)
        {
            state = state.Set(parameter, ObjectSet.Create(AbstractObject.ParameterObject(parameter)));
        }

        return state;
    }

    /// <summary>Runs a delegate's body where it was handed to, with the state its captured variables had there.</summary>
    public void RunDelegate(FlowRun outer, AbstractObject @delegate, Place place, FlowState state, IFlowObserver observer, IOperation? handOffSite = null, bool crossedOnly = false)
    {
        if (outer.Depth >= MaxDepth)
        {
            return;
        }

        ControlFlowGraph? graph = null;
        IMethodSymbol? function = null;
        switch (@delegate.Key)
        {
            case IFlowAnonymousFunctionOperation lambda when @delegate.Graph is { } owner:
                if (QuietDelegates.CannotReport(this, outer, @delegate, lambda, owner, place, state, observer))
                {
                    // Its graph is not built: the run would report and record nothing (most posted lambdas of a project).
                    return;
                }

                graph = owner.GetAnonymousFunctionControlFlowGraph(lambda);
                function = lambda.Symbol;
                break;
            case IMethodSymbol { MethodKind: MethodKind.LocalFunction } local:
                graph = LocalFunctionGraph(@delegate.Graph ?? outer.Graph, local);
                function = local;
                break;
            case IMethodSymbol method:
                graph = GraphOf(method);
                function = method;
                break;
        }

        if (graph is null)
        {
            return;
        }

        FlowState entry = WithClosure(EntryState(state.WithOffLoop(null), function), @delegate);
        if (!@delegate.Receiver.IsEmpty)
        {
            entry = entry.Set(FlowRun.ThisKey, @delegate.Receiver);
        }

        new FlowRun(this, graph, function, place, observer, outer.Depth + 1, outer) { Closure = @delegate.Closure, HandOffSite = handOffSite, CrossedOnly = crossedOnly }.Run(entry);
    }

    /// <summary>A delegate a callee returned runs with what its captured variables held there (see <see cref="AbstractObject.Closure"/>).</summary>
    private static FlowState WithClosure(FlowState state, AbstractObject @delegate)
    {
        foreach (var variable in @delegate.Closure)
        {
            state = state.Set(variable.Key, variable.Value);
        }

        return state;
    }

    /// <summary>
    /// A local function called here runs here, on the caller's variables: its exit state says what it published of
    /// them (<c>void Ship() => slot.Publish(list);</c>), and what it returns may be one of them (<c>Pool Warm() =>
    /// warmed;</c>). Null past the depth bound or without a graph.
    /// </summary>
    public (FlowState Exit, ObjectSet Returned)? RunLocalFunction(FlowRun caller, IMethodSymbol local, FlowState state)
    {
        if (caller.Depth >= MaxDepth || LocalFunctionGraph(caller.Graph, local) is not { } graph)
        {
            return null;
        }

        var run = new FlowRun(this, graph, local, caller.Place, SilentObserver.Instance, caller.Depth + 1, caller);
        FlowState exit = run.Run(EntryState(state, local));
        return (exit, run.ReturnedObjects);
    }

    /// <summary>
    /// A lambda held in a variable and invoked here runs here, on the caller's variables, like a local function: its
    /// exit state says what it published of them (<c>Action publish = () => slot.Publish(list); publish();</c>).
    /// </summary>
    public (FlowState Exit, ObjectSet Returned, ObjectSet Written)? RunLambdaHere(FlowRun caller, AbstractObject @delegate, FlowState state)
    {
        if (caller.Depth >= MaxDepth || @delegate.Key is not IFlowAnonymousFunctionOperation lambda || @delegate.Graph is not { } owner)
        {
            return null;
        }

        // A lambda a callee returned writes what its closure holds here: its summary, made once for every closure, cannot say.
        ClosureWrites? closureWrites = @delegate.Closure.IsEmpty ? null : new ClosureWrites(@delegate);
        var run = new FlowRun(this, owner.GetAnonymousFunctionControlFlowGraph(lambda), lambda.Symbol, caller.Place, closureWrites ?? SilentObserver.Instance, caller.Depth + 1, caller) { Closure = @delegate.Closure };
        FlowState exit = run.Run(WithClosure(EntryState(state, lambda.Symbol), @delegate));
        return (exit, run.ReturnedObjects, closureWrites?.Written ?? ObjectSet.Empty);
    }

    private static ControlFlowGraph? LocalFunctionGraph(ControlFlowGraph? graph, IMethodSymbol local)
    {
        for (; graph is not null; graph = graph.Parent)
        {
            if (graph.LocalFunctions.Contains(local, SymbolEqualityComparer.Default))
            {
                return graph.GetLocalFunctionControlFlowGraph(local);
            }
        }

        return null;
    }

    /// <summary>The summary of a source method called from <paramref name="caller"/>; null for metadata, cycles and depth.</summary>
    public MethodSummary? SummaryOf(IMethodSymbol method, FlowRun caller) => SummaryOf(method, caller.Depth, caller.Graph);

    /// <summary>
    /// The summary a top-level body's run would get for a call of <paramref name="method"/> (not a local function):
    /// for <see cref="QuietBodies"/>, which judges a body before its graph, and so any run of it, exists.
    /// </summary>
    public MethodSummary? SummaryForTopLevelCaller(IMethodSymbol method) =>
        method.MethodKind == MethodKind.LocalFunction ? null : SummaryOf(method, callerDepth: 0, callerGraph: null);

    private MethodSummary? SummaryOf(IMethodSymbol method, int callerDepth, ControlFlowGraph? callerGraph)
    {
        // A call names a partial member's declaring part (a partial method, a C# 13 partial property's or indexer's
        // accessor), which has no body: the implementing part's runs, with its own parameters.
        method = method.OriginalDefinition.PartialImplementationPart ?? method.OriginalDefinition;
        if (callerDepth >= MaxDepth || method.IsAbstract || method.IsExtern || !IsInSource(method) || AnsweredByRoles(method))
        {
            return null;
        }

        if (_summaries.TryGetValue(method, out MethodSummary? cached))
        {
            return cached;
        }

        t_inProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        if (t_inProgress.Count >= MaxSummaryChain || !t_inProgress.Add(method))
        {
            // Recursion (the summary being computed is not known yet), or a chain past the bound: assume nothing.
            return null;
        }

        try
        {
            ControlFlowGraph? graph = method.MethodKind == MethodKind.LocalFunction ? LocalFunctionGraph(callerGraph, method) : GraphOf(method);
            if (graph is null)
            {
                return null;
            }

            // A body that is worker code itself (a per-worker type's member, a [WorkerUpdate]) reports its own static
            // updates where they are written: its callers must not report them again.
            var summary = new MethodSummary(method, reportsOwnStaticUpdates: PlaceOf(method).IsWorkerCode);
            // A local function's summary is made for this caller's graph and not cached: it may use the caller's depth.
            bool local = method.MethodKind == MethodKind.LocalFunction;
            var run = new FlowRun(this, graph, method, new Place(PlaceKind.Caller, "this code"), summary, local ? callerDepth + 1 : SummaryDepth, null);
            summary.RecordOutputs(run.Run(EntryState(FlowState.Empty, method)));
            summary.Freeze();
            return local ? summary : _summaries.GetOrAdd(method, summary);
        }
        finally
        {
            t_inProgress.Remove(method);
        }
    }

    /// <summary>
    /// A Weft API the generator emitted, or a runtime API carrying thread-role attributes (when the runtime itself is
    /// compiled): its roles say what it does to its arguments, so its body is not analysed. A user's own method with
    /// role attributes is still analysed (the attributes add to what its body does, they do not replace it).
    /// </summary>
    private bool AnsweredByRoles(IMethodSymbol method) => _answeredByRoles.GetOrAdd(method, _readAnsweredByRoles ??= symbol =>
    {
        var m = (IMethodSymbol)symbol;
        if (_symbols.IsGeneratedSlotMember(m))
        {
            return true;
        }

        if (!Roles.IsRuntime(m.ContainingAssembly))
        {
            return false;
        }

        if (Roles.Of(m) != Role.None)
        {
            return true;
        }

        foreach (IParameterSymbol parameter in m.Parameters)
        {
            if (Roles.Of(parameter) != Role.None)
            {
                return true;
            }
        }

        return false;
    });

    /// <summary>The summary of a delegate's body (a lambda or method group held in a variable and invoked); a lambda's is kept with it.</summary>
    public MethodSummary? SummaryOfDelegate(AbstractObject @delegate, FlowRun caller)
    {
        if (@delegate.Key is IMethodSymbol method)
        {
            return SummaryOf(method, caller);
        }

        if (caller.Depth >= MaxDepth || @delegate.Key is not IFlowAnonymousFunctionOperation lambda || @delegate.Graph is not { } owner)
        {
            return null;
        }

        if (_lambdaSummaries.TryGetValue(lambda, out MethodSummary? cached))
        {
            return cached;
        }

        t_inProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        if (t_inProgress.Count >= MaxSummaryChain || !t_inProgress.Add(lambda.Symbol))
        {
            // A lambda that invokes itself through a captured variable, or a chain past the bound: assume nothing.
            return null;
        }

        try
        {
            var summary = new MethodSummary(lambda.Symbol);
            var run = new FlowRun(this, owner.GetAnonymousFunctionControlFlowGraph(lambda), lambda.Symbol, new Place(PlaceKind.Caller, "this code"), summary, SummaryDepth, null);
            summary.RecordOutputs(run.Run(EntryState(FlowState.Empty, lambda.Symbol)));
            summary.Freeze();
            return _lambdaSummaries.GetValue(lambda, _ => summary);
        }
        finally
        {
            t_inProgress.Remove(lambda.Symbol);
        }
    }

    /// <summary>
    /// The type of the object a read-only field (or get-only auto-property) of a source type is initialized with, when
    /// that is an object creation (<c>static readonly IDictionary&lt;K, V&gt; s_map = new ConcurrentDictionary&lt;K, V&gt;();</c>):
    /// what it holds for its whole life. Null otherwise.
    /// </summary>
    public ITypeSymbol? InitialObjectTypeOf(ISymbol member)
    {
        bool readOnly = member switch
        {
            IFieldSymbol { IsReadOnly: true } => true,
            IPropertySymbol { SetMethod: null } property => IsAutoProperty(property),
            _ => false,
        };
        if (!readOnly || !IsInSource(member))
        {
            return null;
        }

        return _initialTypes.GetOrAdd(member.OriginalDefinition, m =>
        {
            ITypeSymbol? created = null;
            foreach ((ControlFlowGraph graph, _) in GraphsDeclaredBy((ISymbol)m))
            {
                foreach (BasicBlock block in graph.Blocks)
                {
                    foreach (IOperation operation in block.Operations)
                    {
                        if (operation is ISimpleAssignmentOperation { Value: var value })
                        {
                            while (value is IConversionOperation { IsImplicit: true } conversion)
                            {
                                value = conversion.Operand;
                            }

                            created = value is IObjectCreationOperation creation ? creation.Type : null;
                        }
                    }
                }
            }

            return created;
        });
    }

    /// <summary>
    /// True for a read-only field (or get-only auto-property) of a source type that its initializer and its type's
    /// constructors, the only places it is set, give nothing but a scheduler of the thread pool (or, for a member of type
    /// <c>ConcurrentExclusiveSchedulerPair</c>, nothing but a pair made over it)
    /// (<c>static readonly TaskScheduler s_pool = TaskScheduler.Default;</c>): a continuation or task started on it runs on
    /// the pool. Decided once per member.
    /// </summary>
    public bool HoldsPoolScheduler(ISymbol member)
    {
        bool readOnly = member switch
        {
            IFieldSymbol { IsReadOnly: true } => true,
            IPropertySymbol { SetMethod: null } property => IsAutoProperty(property),
            _ => false,
        };
        string? typeName = (member as IFieldSymbol)?.Type.Name ?? (member as IPropertySymbol)?.Type.Name;
        if (!readOnly || !IsInSource(member) || typeName is not ("TaskScheduler" or "ConcurrentExclusiveSchedulerPair"))
        {
            return false;
        }

        return _poolSchedulers.GetOrAdd(member.OriginalDefinition, _findPoolSchedulers ??= m =>
        {
            var held = (ISymbol)m;
            bool any = false;
            foreach ((ControlFlowGraph graph, _) in GraphsDeclaredBy(held))
            {
                foreach (BasicBlock block in graph.Blocks)
                {
                    foreach (IOperation operation in block.Operations)
                    {
                        if (operation is ISimpleAssignmentOperation { Value: var value })
                        {
                            if (!HeldPoolValue(held, value))
                            {
                                return false;
                            }

                            any = true;
                        }
                    }
                }
            }

            foreach ((_, _, IOperation inner) in ConstructorOperations(held))
            {
                if (inner is IAssignmentOperation { Target: IMemberReferenceOperation target } assignment &&
                    SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, held.OriginalDefinition))
                {
                    if (assignment is not ISimpleAssignmentOperation || !HeldPoolValue(held, assignment.Value))
                    {
                        return false;
                    }

                    any = true;
                }
            }

            return any;
        });
    }

    /// <summary>
    /// Every operation, at any depth, of the source constructors that can set <paramref name="member"/> (static ones for
    /// a static member, instance ones otherwise), with the constructor and its graph.
    /// </summary>
    private IEnumerable<(IMethodSymbol Constructor, ControlFlowGraph Body, IOperation Operation)> ConstructorOperations(ISymbol member)
    {
        foreach (IMethodSymbol constructor in member.IsStatic ? member.ContainingType.StaticConstructors : member.ContainingType.InstanceConstructors)
        {
            if (constructor.IsImplicitlyDeclared || !IsInSource(constructor) || GraphOf(constructor) is not { } body)
            {
                continue;
            }

            foreach (BasicBlock block in body.Blocks)
            {
                foreach (IOperation operation in block.Operations)
                {
                    foreach (IOperation inner in operation.DescendantsAndSelf())
                    {
                        yield return (constructor, body, inner);
                    }
                }
            }
        }
    }

    /// <summary>What a member holding a scheduler of the pool (or a pair over it) may be given: a pool scheduler, or a pair made over it.</summary>
    private static bool HeldPoolValue(ISymbol member, IOperation value) =>
        ((member as IFieldSymbol)?.Type ?? (member as IPropertySymbol)?.Type)?.Name == "ConcurrentExclusiveSchedulerPair" ? IsPoolPair(value) : IsPoolScheduler(value);

    /// <summary>
    /// A scheduler of the thread pool, as written: <c>TaskScheduler.Default</c>, or a scheduler of a
    /// <c>ConcurrentExclusiveSchedulerPair</c> made here over the default scheduler (with no scheduler argument or with
    /// <c>TaskScheduler.Default</c>), whose tasks run on the pool.
    /// </summary>
    internal static bool IsPoolScheduler(IOperation value)
    {
        value = SkipConversions(value);
        return value switch
        {
            IPropertyReferenceOperation { Property: { Name: "Default", IsStatic: true, ContainingType: { Name: "TaskScheduler", ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace.Name: "System" } } } } } => true,
            IPropertyReferenceOperation { Property.Name: "ConcurrentScheduler" or "ExclusiveScheduler", Instance: { } pair } => IsPoolPair(pair),
            _ => false,
        };
    }

    /// <summary>A <c>ConcurrentExclusiveSchedulerPair</c> made here over the default scheduler (none named, or <c>TaskScheduler.Default</c>).</summary>
    internal static bool IsPoolPair(IOperation value) =>
        SkipConversions(value) is IObjectCreationOperation { Type.Name: "ConcurrentExclusiveSchedulerPair" } pair &&
        (pair.Arguments.Length == 0 || pair.Arguments.All(a => a.Parameter?.Type.Name != "TaskScheduler" || IsPoolScheduler(a.Value)));

    /// <summary>
    /// The lambdas and static method groups a read-only delegate field (or get-only auto-property) of a source type
    /// gets from its initializer (<c>readonly Func&lt;List&lt;T&gt;&gt; _current = () => Table.Current.Items;</c>) or
    /// from an assignment in one of its type's constructors (<c>_refill = l => ...;</c>), the only places such a member
    /// is set: invoking or handing over the member runs them. For a field-like event, the handlers its type's
    /// constructors subscribe (<c>Published += h;</c>): raising it runs them. Empty for other members.
    /// </summary>
    public ObjectSet InitialDelegatesOf(ISymbol member)
    {
        bool readOnlyDelegate = member switch
        {
            IFieldSymbol { IsReadOnly: true, Type.TypeKind: TypeKind.Delegate } => true,
            IPropertySymbol { SetMethod: null or { IsInitOnly: true }, Type.TypeKind: TypeKind.Delegate } property => IsAutoProperty(property),
            // A field-like event is a delegate field: raising it runs what was added to it, at least the handlers its
            // type's constructors add.
            IEventSymbol { AddMethod.IsImplicitlyDeclared: true } => true,
            _ => false,
        };
        if (!readOnlyDelegate || !IsInSource(member))
        {
            return ObjectSet.Empty;
        }

        return _initialDelegates.GetOrAdd(member.OriginalDefinition, _collectInitialDelegates ??= m => CollectInitialDelegates((ISymbol)m));
    }

    /// <summary>
    /// The lambdas and static method groups added to a source field-like event by any method, constructor or accessor
    /// body of the compilation (<c>clock.Tick += () => …;</c> in another class): a raise may run any of them. Found once
    /// per event, from one index of the compilation's <c>+=</c> sites by the name assigned (built on first use, once).
    /// Handlers added inside a lambda or local function count too, and instance method groups, bound to the subscriber.
    /// </summary>
    public ObjectSet SubscribedHandlersOf(IEventSymbol @event)
    {
        if (@event.AddMethod is not { IsImplicitlyDeclared: true } || !IsInSource(@event))
        {
            return ObjectSet.Empty;
        }

        return _subscribedHandlers.GetOrAdd(@event.OriginalDefinition, _collectSubscribedHandlers ??= e => CollectSubscribedHandlers((IEventSymbol)e));
    }

    /// <summary>
    /// The handlers any body of the compilation adds to an event whose own <c>add</c> accessor keeps them in this
    /// delegate field (<c>event Action Tick { add => _tick += value; … }</c>): what a raise through the field
    /// (<c>_tick?.Invoke()</c>) may run. Found once per field; empty unless its type declares such an event.
    /// </summary>
    public ObjectSet HandlersKeptIn(IFieldSymbol field)
    {
        if (field.Type.TypeKind != TypeKind.Delegate || !IsInSource(field))
        {
            return ObjectSet.Empty;
        }

        return _subscribedHandlers.GetOrAdd(field.OriginalDefinition, _collectHandlersKept ??= f =>
        {
            var kept = (IFieldSymbol)f;
            ObjectSet handlers = ObjectSet.Empty;
            foreach (ISymbol member in kept.ContainingType.GetMembers())
            {
                if (member is IEventSymbol { AddMethod: { IsImplicitlyDeclared: false } add } @event && member.IsStatic == kept.IsStatic &&
                    IsInSource(add) && GraphOf(add) is { } body && KeepsValueIn(body, add, kept))
                {
                    handlers = handlers.Union(CollectSubscribedHandlers(@event));
                }
            }

            return handlers;
        });
    }

    /// <summary>An accessor body that adds its <c>value</c> to the field: <c>_tick += value</c> or <c>_tick = (Action)Delegate.Combine(_tick, value)</c>.</summary>
    private static bool KeepsValueIn(ControlFlowGraph body, IMethodSymbol accessor, IFieldSymbol field)
    {
        foreach (BasicBlock block in body.Blocks)
        {
            foreach (IOperation operation in block.Operations)
            {
                foreach (IOperation inner in operation.DescendantsAndSelf())
                {
                    if (inner is IAssignmentOperation { Target: IFieldReferenceOperation { Field: var target } } assignment &&
                        SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, field.OriginalDefinition) &&
                        assignment.Value.DescendantsAndSelf().Any(v => v is IParameterReferenceOperation { Parameter: var p } && SymbolEqualityComparer.Default.Equals(p.ContainingSymbol, accessor)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer", Justification = "A subscription may be in any tree; binding it needs that tree's semantic model.")]
    private ObjectSet CollectSubscribedHandlers(IEventSymbol @event)
    {
        if (!_syntaxSites.Value.Subscriptions.TryGetValue(@event.Name, out var sites))
        {
            return ObjectSet.Empty;
        }

        var delegates = new ObjectSet.Builder();
        foreach (var site in sites)
        {
            SemanticModel model = _compilation.GetSemanticModel(site.SyntaxTree);
            if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(site.Left).Symbol?.OriginalDefinition, @event.OriginalDefinition))
            {
                continue;
            }

            // The subscription may sit in a lambda or local function of its member: their graphs are searched too.
            foreach ((IOperation operation, ControlFlowGraph graph) in OperationsUnder(model, site))
            {
                if (operation is IEventAssignmentOperation { Adds: true } subscription && subscription.Syntax == site)
                {
                    AddHandlersIn(subscription.HandlerValue, graph, ref delegates);
                }
            }
        }

        return delegates.ToImmutable();
    }

    /// <summary>The compilation's sites some compilation-wide fact needs, found in one walk of its trees on first need.</summary>
    private sealed class SyntaxSites
    {
        /// <summary>Every <c>x += y</c> by the name of what it assigns (an event's, or anything's).</summary>
        public Dictionary<string, List<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax>> Subscriptions { get; } = new(StringComparer.Ordinal);

        /// <summary>Every <c>new T(…)</c> by the name of the type it makes.</summary>
        public Dictionary<string, List<SyntaxNode>> Creations { get; } = new(StringComparer.Ordinal);

        /// <summary>Every target-typed <c>new(…)</c> and <c>with { … }</c>: the type they make is known only once bound.</summary>
        public List<SyntaxNode> TargetTyped { get; } = new();
    }

    private SyntaxSites IndexSyntaxSites()
    {
        var index = new SyntaxSites();
        var sites = index.Subscriptions;
        foreach (SyntaxTree tree in _compilation.SyntaxTrees)
        {
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                if (node is Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax creation)
                {
                    if (CreatedTypeName(creation.Type) is { } created)
                    {
                        if (!index.Creations.TryGetValue(created, out var made))
                        {
                            index.Creations[created] = made = new List<SyntaxNode>();
                        }

                        made.Add(creation);
                    }
                }
                else if (node is Microsoft.CodeAnalysis.CSharp.Syntax.ImplicitObjectCreationExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.WithExpressionSyntax)
                {
                    index.TargetTyped.Add(node);
                }
                else if (node is Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax add &&
                    add.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.AddAssignmentExpression) &&
                    add.Left switch
                    {
                        Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax name => name.Identifier.ValueText,
                        Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                        Microsoft.CodeAnalysis.CSharp.Syntax.MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                        _ => null,
                    } is { } assigned)
                {
                    if (!sites.TryGetValue(assigned, out var named))
                    {
                        sites[assigned] = named = new List<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax>();
                    }

                    named.Add(add);
                }
            }
        }

        return index;
    }

    private static string? CreatedTypeName(Microsoft.CodeAnalysis.CSharp.Syntax.TypeSyntax type) => type switch
    {
        Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax name => name.Identifier.ValueText,
        Microsoft.CodeAnalysis.CSharp.Syntax.QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        Microsoft.CodeAnalysis.CSharp.Syntax.AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// The lambdas and static method groups a read-only table of delegates (an array, a dictionary or a list of them;
    /// <c>static readonly Dictionary&lt;string, Action&lt;T&gt;&gt; s_edits = new() { ["drain"] = t => ... };</c>) gets from
    /// its initializer or its type's constructors: an element read from the table is one of them. Empty for other members.
    /// </summary>
    public ObjectSet InitialElementDelegatesOf(ISymbol member)
    {
        ITypeSymbol? type = ReadOnlyStoredType(member);
        if (!HoldsDelegates(type) || !IsInSource(member))
        {
            return ObjectSet.Empty;
        }

        return _initialDelegates.GetOrAdd(member.OriginalDefinition, _collectInitialDelegates ??= m => CollectInitialDelegates((ISymbol)m));
    }

    /// <summary>
    /// The factories a read-only <c>Lazy&lt;T&gt;</c> field (or get-only auto-property) of a source type is given by its
    /// initializer or its type's constructors (<c>readonly Lazy&lt;int&gt; _batch = new(() => Limits.Current.MaxBatch);</c>):
    /// reading its <c>Value</c> may run one of them. Empty for other members.
    /// </summary>
    public ObjectSet InitialFactoriesOf(ISymbol member)
    {
        ITypeSymbol? type = ReadOnlyStoredType(member);
        if (!IsLazy(type) || !IsInSource(member))
        {
            return ObjectSet.Empty;
        }

        return _initialDelegates.GetOrAdd(member.OriginalDefinition, _collectInitialDelegates ??= m => CollectInitialDelegates((ISymbol)m));
    }

    /// <summary>The type of a read-only field or get-only auto-property (set only by its initializer and constructors), else null.</summary>
    private ITypeSymbol? ReadOnlyStoredType(ISymbol member) => member switch
    {
        IFieldSymbol { IsReadOnly: true } field => field.Type,
        IPropertySymbol { SetMethod: null } property when IsAutoProperty(property) => property.Type,
        _ => null,
    };

    /// <summary><c>System.Lazy&lt;T&gt;</c>: it holds the factory it runs where its <c>Value</c> is first read.</summary>
    internal static bool IsLazy(ITypeSymbol? type) => type is INamedTypeSymbol { Name: "Lazy", Arity: 1, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>A table of delegates: an array of them, or a generic collection with a delegate type argument.</summary>
    internal static bool HoldsDelegates(ITypeSymbol? type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return array.ElementType.TypeKind == TypeKind.Delegate;
            case INamedTypeSymbol { TypeKind: not TypeKind.Delegate, TypeArguments: { Length: > 0 } arguments }:
                foreach (ITypeSymbol argument in arguments)
                {
                    if (argument.TypeKind == TypeKind.Delegate)
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private ObjectSet CollectInitialDelegates(ISymbol member)
    {
        var delegates = new ObjectSet.Builder();
        foreach ((ControlFlowGraph graph, _) in GraphsDeclaredBy(member))
        {
            foreach (BasicBlock block in graph.Blocks)
            {
                foreach (IOperation operation in block.Operations)
                {
                    AddDelegatesIn(operation, graph, ref delegates);
                }
            }
        }

        // Asked once per member: the constructors' bodies are walked only for a read-only delegate member someone reads.
        // A constructor that keeps one of its parameters in the member hands the member whatever its callers pass there.
        var keptParameters = new List<(IMethodSymbol Constructor, int Ordinal)>();
        foreach (IMethodSymbol constructor in member.IsStatic ? member.ContainingType.StaticConstructors : member.ContainingType.InstanceConstructors)
        {
            if (!member.IsStatic && IsPrimaryConstructor(constructor))
            {
                foreach ((int ordinal, ISymbol initialized) in PrimaryInitializedMembers(constructor))
                {
                    if (SymbolEqualityComparer.Default.Equals(initialized.OriginalDefinition, member.OriginalDefinition))
                    {
                        keptParameters.Add((constructor, ordinal));
                    }
                }

                if (constructor.ContainingType.IsRecord)
                {
                    // A record's positional parameter is its property of the same name.
                    foreach (IParameterSymbol parameter in constructor.Parameters)
                    {
                        if (parameter.Name == member.Name && member is IPropertySymbol { IsImplicitlyDeclared: false } positional &&
                            positional.DeclaringSyntaxReferences.Any(static r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax))
                        {
                            keptParameters.Add((constructor, parameter.Ordinal));
                        }
                    }
                }
            }

        }

        foreach ((IMethodSymbol constructor, ControlFlowGraph body, IOperation inner) in ConstructorOperations(member))
        {
            if (inner is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment &&
                SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member.OriginalDefinition) &&
                target.Instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
            {
                AddDelegatesIn(assignment.Value, body, ref delegates);
                if (!member.IsStatic && SkipConversions(assignment.Value) is IParameterReferenceOperation { Parameter: var kept } &&
                    SymbolEqualityComparer.Default.Equals(kept.ContainingSymbol.OriginalDefinition, constructor.OriginalDefinition))
                {
                    keptParameters.Add((constructor, kept.Ordinal));
                }
            }
            else if (inner is IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation subscribed } subscription &&
                     SymbolEqualityComparer.Default.Equals(subscribed.Event.OriginalDefinition, member.OriginalDefinition) &&
                     subscribed.Instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
            {
                // `Published += hosts => hosts.Sort();` in the constructor: a handler every raise runs.
                AddDelegatesIn(subscription.HandlerValue, body, ref delegates);
            }
        }

        if (!member.IsStatic && (keptParameters.Count > 0 || member is IPropertySymbol { SetMethod.IsInitOnly: true }))
        {
            AddConstructionSiteDelegates(member, keptParameters, ref delegates);
        }

        if (HoldsDelegates(ReadOnlyStoredType(member)))
        {
            AddElementStoresOfOwnType(member, ref delegates);
        }

        return delegates.ToImmutable();
    }

    /// <summary>
    /// A read-only table of delegates its own type's methods fill (<c>_jobs[name] = () => Expire(cutoff);</c>,
    /// <c>_jobs.Add(name, job)</c>): the table object never changes, so an element read back anywhere may be any delegate
    /// those methods store through the member on the instance itself — by index, or as an argument of the element's
    /// delegate type to one of the table's methods (not a predicate or selector over the elements, of another type).
    /// </summary>
    private void AddElementStoresOfOwnType(ISymbol member, ref ObjectSet.Builder delegates)
    {
        ImmutableArray<ITypeSymbol> elementTypes = ReadOnlyStoredType(member) switch
        {
            IArrayTypeSymbol array => ImmutableArray.Create(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments,
            _ => ImmutableArray<ITypeSymbol>.Empty,
        };
        foreach (ISymbol candidate in member.ContainingType.GetMembers())
        {
            if (candidate is not IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.PropertySet or MethodKind.PropertyGet or MethodKind.EventAdd or MethodKind.EventRemove } method ||
                !IsInSource(method) || GraphOf(method) is not { } body)
            {
                continue;
            }

            foreach (BasicBlock block in body.Blocks)
            {
                foreach (IOperation operation in block.Operations)
                {
                    foreach (IOperation inner in operation.DescendantsAndSelf())
                    {
                        switch (inner)
                        {
                            case ISimpleAssignmentOperation assignment when assignment.Target switch
                            {
                                IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } indexed } => IsOwnMemberReference(indexed, member),
                                IArrayElementReferenceOperation element => IsOwnMemberReference(element.ArrayReference, member),
                                _ => false,
                            }:
                                AddDelegatesIn(assignment.Value, body, ref delegates);
                                break;
                            case IInvocationOperation { Instance: { } table } invocation when IsOwnMemberReference(table, member):
                                foreach (IArgumentOperation argument in invocation.Arguments)
                                {
                                    if (argument.Parameter is { Type: { TypeKind: TypeKind.Delegate } parameterType } &&
                                        elementTypes.Any(e => SymbolEqualityComparer.Default.Equals(e, parameterType)))
                                    {
                                        AddDelegatesIn(argument.Value, body, ref delegates);
                                    }
                                }

                                break;
                        }
                    }
                }
            }
        }
    }

    private static bool IsOwnMemberReference(IOperation operation, ISymbol member) =>
        SkipConversions(operation) is IMemberReferenceOperation reference &&
        SymbolEqualityComparer.Default.Equals(reference.Member.OriginalDefinition, member.OriginalDefinition) &&
        reference.Instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

    private static IOperation SkipConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>
    /// The lambdas and static method groups any code of the compilation hands a construction-only delegate member where it
    /// makes an instance: an argument of a constructor that keeps that parameter in the member
    /// (<c>new SlotWiring(_ => table)</c> for a record's positional property), or the member's assignment in an object
    /// initializer or a <c>with</c> expression (<c>wiring with { Presence = _ => table }</c>). Found from the
    /// compilation's index of creation sites (by the type's name; target-typed <c>new(…)</c> and <c>with</c> are bound
    /// only when they pass arguments or assign the member by name).
    /// </summary>
    [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer", Justification = "A construction may be in any tree; binding it needs that tree's semantic model.")]
    private void AddConstructionSiteDelegates(ISymbol member, List<(IMethodSymbol Constructor, int Ordinal)> keptParameters, ref ObjectSet.Builder delegates)
    {
        INamedTypeSymbol type = member.ContainingType;
        SyntaxSites sites = _syntaxSites.Value;
        IEnumerable<SyntaxNode> candidates = sites.Creations.TryGetValue(type.Name, out var named) ? named : [];
        candidates = candidates.Concat(sites.TargetTyped);
        foreach (SyntaxNode site in candidates)
        {
            if (!MayConstructWith(site, member.Name, keptParameters.Count > 0))
            {
                continue;
            }

            SemanticModel model = _compilation.GetSemanticModel(site.SyntaxTree);
            if (!SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(site).Type?.OriginalDefinition, type.OriginalDefinition))
            {
                continue;
            }

            foreach ((IOperation operation, ControlFlowGraph graph) in OperationsUnder(model, site))
            {
                if (operation is IObjectCreationOperation { Constructor: { } constructor } creation && creation.Syntax == site)
                {
                    foreach (IArgumentOperation argument in creation.Arguments)
                    {
                        if (argument.Parameter is { } parameter &&
                            keptParameters.Any(k => k.Ordinal == parameter.Ordinal && SymbolEqualityComparer.Default.Equals(k.Constructor, constructor.OriginalDefinition)))
                        {
                            AddMadeDelegatesIn(argument.Value, graph, ref delegates);
                        }
                    }
                }
                else if (operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment &&
                         SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member.OriginalDefinition) &&
                         assignment.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.InitializerExpressionSyntax initializer && initializer.Parent == site)
                {
                    AddMadeDelegatesIn(assignment.Value, graph, ref delegates);
                }
            }
        }
    }

    /// <summary>
    /// The lambdas and static method groups in a value made far from where they run: a lambda carries what its captured
    /// variables held where it was made, as far as that code says on its own (a local only ever assigned a new object,
    /// <c>var table = new PresenceSet();</c>, holds that object; a parameter, the caller's object), so the code that runs
    /// it later knows the captured state is one object every run shares.
    /// </summary>
    private static void AddMadeDelegatesIn(IOperation value, ControlFlowGraph graph, ref ObjectSet.Builder delegates)
    {
        foreach (IOperation inner in value.DescendantsAndSelf())
        {
            if (inner is IFlowAnonymousFunctionOperation lambda)
            {
                AbstractObject made = AbstractObject.Lambda(lambda, graph);
                ImmutableDictionary<object, ObjectSet> closure = ClosureWhereMade(lambda, graph);
                delegates.Add(closure.IsEmpty ? made : made.WithClosure(closure));
            }
            else if (inner is IMethodReferenceOperation { Method: { IsStatic: true } method })
            {
                delegates.Add(AbstractObject.MethodGroup(method, ObjectSet.Empty, null));
            }
        }
    }

    private static ImmutableDictionary<object, ObjectSet> ClosureWhereMade(IFlowAnonymousFunctionOperation lambda, ControlFlowGraph graph)
    {
        ImmutableDictionary<object, ObjectSet>.Builder? closure = null;
        ControlFlowGraph body = graph.GetAnonymousFunctionControlFlowGraph(lambda);
        foreach (BasicBlock block in body.Blocks)
        {
            foreach (IOperation operation in block.Operations.Concat(block.BranchValue is { } branch ? [branch] : []))
            {
                foreach (IOperation inner in operation.DescendantsAndSelf())
                {
                    ISymbol? captured = inner switch
                    {
                        ILocalReferenceOperation { Local: var local } when !SymbolEqualityComparer.Default.Equals(local.ContainingSymbol, lambda.Symbol) => local,
                        IParameterReferenceOperation { Parameter: var parameter } when !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, lambda.Symbol) => parameter,
                        _ => null,
                    };
                    if (captured is null || (closure is not null && closure.ContainsKey(captured)))
                    {
                        continue;
                    }

                    ObjectSet held = captured is IParameterSymbol { RefKind: RefKind.None, Type.IsReferenceType: true } p
                        ? ObjectSet.Create(AbstractObject.ParameterObject(p))
                        : captured is ILocalSymbol { RefKind: RefKind.None, Type.IsReferenceType: true } l ? OnlyCreationsOf(l, graph) : ObjectSet.Empty;
                    if (!held.IsEmpty)
                    {
                        (closure ??= ImmutableDictionary.CreateBuilder<object, ObjectSet>(VariableComparer.Instance))[captured] = held;
                    }
                }
            }
        }

        return closure?.ToImmutable() ?? ImmutableDictionary<object, ObjectSet>.Empty;
    }

    /// <summary>The objects a local holds when every assignment of it (in the graph that declares it) is a new object; else none.</summary>
    private static ObjectSet OnlyCreationsOf(ILocalSymbol local, ControlFlowGraph? graph)
    {
        for (; graph is not null; graph = graph.Parent)
        {
            var made = new ObjectSet.Builder();
            bool assigned = false;
            foreach (BasicBlock block in graph.Blocks)
            {
                foreach (IOperation operation in block.Operations)
                {
                    foreach (IOperation inner in operation.DescendantsAndSelf())
                    {
                        if (inner is IAssignmentOperation { Target: ILocalReferenceOperation { Local: var target } } assignment &&
                            SymbolEqualityComparer.Default.Equals(target, local))
                        {
                            assigned = true;
                            if (assignment is not ISimpleAssignmentOperation || SkipConversions(assignment.Value) is not (IObjectCreationOperation or IArrayCreationOperation))
                            {
                                return ObjectSet.Empty;
                            }

                            made.Add(AbstractObject.Fresh(SkipConversions(assignment.Value)));
                        }
                        else if (inner is ILocalReferenceOperation { Local: var referenced } reference && reference.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None } &&
                                 SymbolEqualityComparer.Default.Equals(referenced, local))
                        {
                            return ObjectSet.Empty;
                        }
                    }
                }
            }

            if (assigned)
            {
                return made.ToImmutable();
            }
        }

        return ObjectSet.Empty;
    }

    /// <summary>Cheap syntax test before binding a creation site: it passes arguments, or assigns the member by name.</summary>
    private static bool MayConstructWith(SyntaxNode site, string memberName, bool byArgument)
    {
        (Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentListSyntax? arguments, Microsoft.CodeAnalysis.CSharp.Syntax.InitializerExpressionSyntax? initializer) = site switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax creation => (creation.ArgumentList, creation.Initializer),
            Microsoft.CodeAnalysis.CSharp.Syntax.WithExpressionSyntax with => (null, with.Initializer),
            _ => (null, null),
        };
        if (byArgument && arguments is { Arguments.Count: > 0 })
        {
            return true;
        }

        return initializer is not null && initializer.Expressions.Any(e =>
            e is Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax { Left: Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax name } &&
            name.Identifier.ValueText == memberName);
    }

    /// <summary>
    /// Every operation of the graphs that hold a syntax node's code (its member's body or initializer, and the lambdas and
    /// local functions nested in it, where the node may be), with the graph each is in.
    /// </summary>
    private IEnumerable<(IOperation Operation, ControlFlowGraph Graph)> OperationsUnder(SemanticModel model, SyntaxNode node)
    {
        ISymbol? owner = model.GetEnclosingSymbol(node.SpanStart);
        while (owner is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            owner = owner.ContainingSymbol;
        }

        if (owner is null)
        {
            yield break;
        }

        var pending = new Stack<ControlFlowGraph>();
        if (owner is IMethodSymbol method && GraphOf(method) is { } body)
        {
            pending.Push(body);
        }
        else
        {
            foreach ((ControlFlowGraph initializer, _) in GraphsDeclaredBy(owner))
            {
                pending.Push(initializer);
            }
        }

        while (pending.Count > 0)
        {
            ControlFlowGraph graph = pending.Pop();
            foreach (IMethodSymbol local in graph.LocalFunctions)
            {
                pending.Push(graph.GetLocalFunctionControlFlowGraph(local));
            }

            foreach (BasicBlock block in graph.Blocks)
            {
                foreach (IOperation operation in block.Operations.Concat(block.BranchValue is { } branch ? [branch] : []))
                {
                    foreach (IOperation inner in operation.DescendantsAndSelf())
                    {
                        if (inner is IFlowAnonymousFunctionOperation lambda)
                        {
                            pending.Push(graph.GetAnonymousFunctionControlFlowGraph(lambda));
                        }
                        else if (node.Span.Contains(inner.Syntax.Span))
                        {
                            yield return (inner, graph);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The handlers a subscription adds: lambdas and static method groups, and instance method groups
    /// (<c>clock.Tick += OnTick;</c>) bound to the subscriber's object — the receiver's field or parameter when it names
    /// one, a local's new object, else one object standing for the instance that subscribed (made elsewhere than where the
    /// handler runs, so state it changes is shared with whoever raises the event).
    /// </summary>
    private static void AddHandlersIn(IOperation value, ControlFlowGraph graph, ref ObjectSet.Builder delegates)
    {
        foreach (IOperation inner in value.DescendantsAndSelf())
        {
            if (inner is IMethodReferenceOperation { Method: { IsStatic: false } method, Instance: { } instance } reference)
            {
                ObjectSet receiver = SkipConversions(instance) switch
                {
                    IFieldReferenceOperation { Field: var field, Instance: null or IInstanceReferenceOperation } => ObjectSet.Create(AbstractObject.Field(field)),
                    IParameterReferenceOperation { Parameter: var parameter } => ObjectSet.Create(AbstractObject.ParameterObject(parameter)),
                    ILocalReferenceOperation { Local: var local } => OnlyCreationsOf(local, graph),
                    _ => ObjectSet.Empty,
                };
                delegates.Add(AbstractObject.MethodGroup(method, receiver.IsEmpty ? ObjectSet.Create(AbstractObject.Fresh(reference)) : receiver, graph));
            }
        }

        AddDelegatesIn(value, graph, ref delegates);
    }

    private static void AddDelegatesIn(IOperation value, ControlFlowGraph graph, ref ObjectSet.Builder delegates)
    {
        foreach (IOperation inner in value.DescendantsAndSelf())
        {
            if (inner is IFlowAnonymousFunctionOperation lambda)
            {
                delegates.Add(AbstractObject.Lambda(lambda, graph));
            }
            else if (inner is IMethodReferenceOperation { Method: { IsStatic: true } method })
            {
                delegates.Add(AbstractObject.MethodGroup(method, ObjectSet.Empty, null));
            }
        }
    }

    /// <summary>
    /// The methods of a type that store the calling thread's own loop (a <c>[CallingThreadLoop]</c> read such as
    /// <c>Dispatcher.Current</c>) in this dispatcher field, in their own code (not in a lambda or local function, which
    /// may run elsewhere); null when the field has an initializer, is stored anything else, or is passed by reference.
    /// Walks the type's bodies once per field, asked only for a field some post reads its dispatcher from.
    /// </summary>
    public ImmutableHashSet<ISymbol>? LoopKeepersOf(ISymbol field) =>
        field is IFieldSymbol dispatcherField && IsDispatcher(dispatcherField.Type) && IsInSource(field)
            ? _loopKeepers.GetOrAdd(field.OriginalDefinition, _findLoopKeepers ??= f => FindLoopKeepers((IFieldSymbol)f))
            : null;

    /// <summary>
    /// An instance field of a per-worker slot type that only ever holds the calling loop (see <see cref="LoopKeepersOf"/>):
    /// the instance's members run on its worker, so the loop kept there is that worker's, and a post to it stays with the
    /// worker's state.
    /// </summary>
    public bool IsOwnWorkerLoop(ISymbol field) =>
        field is IFieldSymbol { IsStatic: false } && _symbols.IsPerWorkerSlot(field.ContainingType) && LoopKeepersOf(field) is { Count: > 0 };

    /// <summary>
    /// True when every body of its type that stores <paramref name="field"/> also keeps its own thread's loop in
    /// <paramref name="home"/> (see <see cref="LoopKeepersOf"/>): whatever the field holds — worker state read there, or
    /// handed in by a caller on that thread (<c>new Reporter(cache.Recent)</c>, whose constructor keeps
    /// <c>Dispatcher.Current</c> too) — was stored on the thread whose loop <paramref name="home"/> holds, so a post to
    /// it of what the field holds goes back to that thread.
    /// </summary>
    public bool StoredOnlyBesideOwnLoop(ISymbol field, ISymbol home)
    {
        if (LoopKeepersOf(home) is not { Count: > 0 } keepers || field is not IFieldSymbol instanceField || instanceField.IsStatic ||
            !SymbolEqualityComparer.Default.Equals(instanceField.ContainingType.OriginalDefinition, home.ContainingType?.OriginalDefinition) || !IsInSource(field))
        {
            return false;
        }

        ImmutableHashSet<ISymbol>? storers = _fieldStorers.GetOrAdd(field.OriginalDefinition, _findFieldStorers ??= f => FindFieldStorers((IFieldSymbol)f));
        return storers is { Count: > 0 } && storers.All(keepers.Contains);
    }

    /// <summary>
    /// The bodies of its type that assign <paramref name="field"/>, in their own code; null when it has an initializer,
    /// is assigned inside a lambda or local function (which may run elsewhere) or passed by reference.
    /// </summary>
    private ImmutableHashSet<ISymbol>? FindFieldStorers(IFieldSymbol field)
    {
        if (HasInitializer(field))
        {
            return null;
        }

        var storers = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        foreach ((IMethodSymbol method, IOperation body, IFieldReferenceOperation reference) in UsesInOwnType(field))
        {
            if (reference.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None } ||
                (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference && InsideFunction(assignment, body)))
            {
                return null;
            }

            if (reference.Parent is IAssignmentOperation store && store.Target == reference)
            {
                storers.Add(method);
            }
        }

        return storers.ToImmutable();
    }

    private ImmutableHashSet<ISymbol>? FindLoopKeepers(IFieldSymbol field)
    {
        if (HasInitializer(field))
        {
            return null;
        }

        var keepers = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        foreach ((IMethodSymbol method, IOperation body, IFieldReferenceOperation reference) in UsesInOwnType(field))
        {
            switch (reference.Parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                    IOperation value = FlowRun.Unconverted(assignment.Value);
                    ISymbol? source = value switch
                    {
                        IPropertyReferenceOperation property => property.Property,
                        IInvocationOperation invocation => invocation.TargetMethod,
                        _ => null,
                    };
                    if (source is null || (Roles.Of(source) & Role.CallingThreadLoop) == 0 || InsideFunction(assignment, body))
                    {
                        return null;
                    }

                    keepers.Add(method);
                    break;
                case IAssignmentOperation other when other.Target == reference:
                case IArgumentOperation { Parameter.RefKind: not RefKind.None }:
                    // `_home ??= other`, `Interlocked.Exchange(ref _home, other)`: not known to be the caller's loop.
                    return null;
            }
        }

        return keepers.ToImmutable();
    }

    private static bool HasInitializer(IFieldSymbol field)
    {
        foreach (SyntaxReference reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer: not null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every reference to <paramref name="field"/> in the bodies of the methods of the type declaring it.</summary>
    private IEnumerable<(IMethodSymbol Method, IOperation Body, IFieldReferenceOperation Reference)> UsesInOwnType(IFieldSymbol field)
    {
        foreach (ISymbol member in field.ContainingType.GetMembers())
        {
            if (member is not IMethodSymbol method)
            {
                continue;
            }

            foreach (IOperation body in BodiesOf(method))
            {
                foreach (IOperation operation in body.DescendantsAndSelf())
                {
                    if (operation is IFieldReferenceOperation reference &&
                        SymbolEqualityComparer.Default.Equals(reference.Field.OriginalDefinition, field.OriginalDefinition))
                    {
                        yield return (method, body, reference);
                    }
                }
            }
        }
    }

    private static bool InsideFunction(IOperation operation, IOperation body)
    {
        for (IOperation? current = operation.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The graphs a member of a source type runs, each with the symbol that owns it: a method's or constructor's body,
    /// a field's or property's initializer. For facts about a type other than the one being analysed.
    /// </summary>
    [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer", Justification = "The declaring type's initializers may be in another tree; their graphs need that tree's semantic model.")]
    public IEnumerable<(ControlFlowGraph Graph, ISymbol Owner)> GraphsDeclaredBy(ISymbol member)
    {
        if (member is IMethodSymbol { IsAbstract: false, IsExtern: false } method && IsInSource(method) && GraphOf(method) is { } body)
        {
            yield return (body, method);
            yield break;
        }

        if (member is not (IFieldSymbol or IPropertySymbol) || member.IsImplicitlyDeclared)
        {
            yield break;
        }

        foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
        {
            if (!_compilation.ContainsSyntaxTree(reference.SyntaxTree))
            {
                continue;
            }

            SyntaxNode? initializer = reference.GetSyntax() switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax declarator => declarator.Initializer,
                Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax property => property.Initializer,
                _ => null,
            };
            ControlFlowGraph? graph = null;
            try
            {
                graph = initializer is null ? null : _compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(initializer) switch
                {
                    IFieldInitializerOperation field => ControlFlowGraph.Create(field),
                    IPropertyInitializerOperation property => ControlFlowGraph.Create(property),
                    _ => null,
                };
            }
            catch (ArgumentException)
            {
                // An initializer with errors: nothing to learn from it.
            }

            if (graph is not null)
            {
                yield return (graph, member);
            }
        }
    }

    /// <summary>The graph of a source method's body, from the syntax tree it lives in.</summary>
    public ControlFlowGraph? GraphOf(IMethodSymbol method) => _graphs.GetOrAdd(method.OriginalDefinition, _buildGraph ??= BuildGraph);

    /// <summary>
    /// The one type every <c>return</c> of a source method hands back before its conversion to the declared return type
    /// (<c>IReadOnlyList&lt;T&gt; Snapshot() => _items.ToImmutableArray();</c> gives <c>ImmutableArray&lt;T&gt;</c>), with
    /// the type parameters of the call's method and type put in; null when the returns differ, or for metadata.
    /// </summary>
    public ITypeSymbol? ReturnedTypeOf(IMethodSymbol method, bool dispatched = false) => SoleTypeOver(method, dispatched, static (operation, _) =>
        operation is IReturnOperation { ReturnedValue: { } value } ? value : null);

    /// <summary>
    /// The one type every <c>return</c> of a source method gives one element of the tuple it hands back, before that
    /// element's conversion (<c>(string, IReadOnlyList&lt;string&gt;) Snapshot() => (_name, _hosts.ToImmutableArray());</c>
    /// gives <c>ImmutableArray&lt;string&gt;</c> for element 1); null when a return is not a tuple written out, or they differ.
    /// </summary>
    public ITypeSymbol? ReturnedElementTypeOf(IMethodSymbol method, int index, bool dispatched = false) => SoleTypeOver(method, dispatched, (operation, _) =>
        operation is IReturnOperation { ReturnedValue: { } value }
            ? FlowRun.Unconverted(value) is ITupleOperation tuple && index < tuple.Elements.Length ? tuple.Elements[index] : operation
            : null);

    /// <summary>
    /// The one type every value a source method stores in its <c>out</c> parameter has before its conversion
    /// (<c>hosts = _hosts.ToImmutableArray();</c> gives <c>ImmutableArray&lt;T&gt;</c>), as <see cref="ReturnedTypeOf"/>
    /// does for its returns; null when they differ, when the body hands the parameter on by reference, or for metadata.
    /// </summary>
    public ITypeSymbol? OutTypeOf(IMethodSymbol method, int ordinal, bool dispatched = false) => SoleTypeOver(method, dispatched, (operation, function) =>
        operation switch
        {
            ISimpleAssignmentOperation { Target: IParameterReferenceOperation { Parameter: var assigned }, Value: var value }
                when assigned.Ordinal == ordinal && SymbolEqualityComparer.Default.Equals(assigned.ContainingSymbol, function) => value,
            // Handed on (`Fill(out hosts)`), or its address taken: what it ends up holding is not read here.
            IArgumentOperation { Value: IParameterReferenceOperation { Parameter: var forwarded } }
                when forwarded.Ordinal == ordinal && SymbolEqualityComparer.Default.Equals(forwarded.ContainingSymbol, function) && forwarded.RefKind != RefKind.None => operation,
            _ => null,
        });

    /// <summary>
    /// The one type the values <paramref name="valueOf"/> picks out of a method's body have, over every body a call of
    /// it runs: for a dispatched call of a virtual or interface method, the bodies of its implementations in source
    /// (and its own, unless abstract), each read alone. Null when they differ or when no body says.
    /// </summary>
    private ITypeSymbol? SoleTypeOver(IMethodSymbol method, bool dispatched, Func<IOperation, IMethodSymbol, IOperation?> valueOf)
    {
        ITypeSymbol? sole = null;
        bool virtualCall = dispatched && (method.IsVirtual || method.IsAbstract || method.IsOverride);
        if (!virtualCall || !method.IsAbstract)
        {
            sole = SoleTypeIn(method, valueOf);
            if (sole is null)
            {
                return null;
            }

            sole = Substitute(sole, method);
        }

        if (virtualCall)
        {
            // A call through a base or interface runs the override of the object's class: any of them, as far as this
            // compilation says (the same set a call's summaries are applied over).
            foreach (IMethodSymbol implementation in ImplementationsOf(method))
            {
                ITypeSymbol? type = SoleTypeIn(implementation, valueOf);
                if (type is null || (sole is not null && !SymbolEqualityComparer.Default.Equals(type, sole)))
                {
                    return null;
                }

                sole = type;
            }
        }

        return sole;
    }

    private ITypeSymbol? SoleTypeIn(IMethodSymbol method, Func<IOperation, IMethodSymbol, IOperation?> valueOf)
    {
        ITypeSymbol? sole = null;
        foreach (IOperation body in BodiesOf(method))
        {
            foreach (IOperation operation in body.DescendantsAndSelf())
            {
                if (valueOf(operation, method.OriginalDefinition) is not { } value || InsideFunction(operation, body))
                {
                    continue;
                }

                if (value is not IArgumentOperation && FlowRun.Unconverted(value).ConstantValue is { HasValue: true, Value: null })
                {
                    // `out x = null;`, `return null;`: no object handed over, so no type to agree with.
                    continue;
                }

                ITypeSymbol? type = value is IArgumentOperation ? null : FlowRun.Unconverted(value).Type;
                if (type is null || (sole is not null && !SymbolEqualityComparer.Default.Equals(type, sole)))
                {
                    return null;
                }

                sole = type;
            }
        }

        return sole;
    }

    /// <summary><paramref name="type"/> as seen from a call of <paramref name="method"/>: its type parameters replaced by the call's type arguments.</summary>
    private static ITypeSymbol? Substitute(ITypeSymbol type, IMethodSymbol method)
    {
        switch (type)
        {
            case ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } parameter when parameter.Ordinal < method.TypeArguments.Length:
                return method.TypeArguments[parameter.Ordinal];
            case ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type } parameter:
                for (INamedTypeSymbol? owner = method.ContainingType; owner is not null; owner = owner.ContainingType)
                {
                    if (SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, parameter.ContainingType?.OriginalDefinition))
                    {
                        return parameter.Ordinal < owner.TypeArguments.Length ? owner.TypeArguments[parameter.Ordinal] : null;
                    }
                }

                return null;
            case INamedTypeSymbol { IsGenericType: true } named:
                var arguments = new ITypeSymbol[named.TypeArguments.Length];
                for (int i = 0; i < arguments.Length; i++)
                {
                    if (Substitute(named.TypeArguments[i], method) is not { } argument)
                    {
                        return null;
                    }

                    arguments[i] = argument;
                }

                return named.OriginalDefinition.Construct(arguments);
            case IArrayTypeSymbol:
                return null;
            default:
                return type;
        }
    }

    /// <summary>The body the engine analyses for a source method (none, or one root operation), bound once per method.</summary>
    public ImmutableArray<IOperation> BodiesOf(IMethodSymbol method) =>
        _bodies.GetOrAdd(method.OriginalDefinition, _bindBody ??= m => BodyOf(m) is { } body ? ImmutableArray.Create(body) : ImmutableArray<IOperation>.Empty);

    /// <summary>
    /// Whether a top-level body may matter to the rules at all (<see cref="Relevance"/>): when not, the analyzer
    /// builds no graph for it.
    /// </summary>
    public bool MayMatter(ImmutableArray<IOperation> blocks, ISymbol owner) =>
        _relevance.MayMatter(blocks, PlaceOf(owner as IMethodSymbol)) || (owner is IMethodSymbol method && ReceivesRoleData(method));

    /// <summary>Where the engine runs a top-level body of <paramref name="owner"/> (see <see cref="Analyze"/>).</summary>
    public Place PlaceOfBody(ISymbol owner) => PlaceOf(owner as IMethodSymbol);

    /// <summary>A parameter marked [SharedSnapshot] or [WorkerOwned]: the body handles such data whatever it calls.</summary>
    private bool ReceivesRoleData(IMethodSymbol method)
    {
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if ((Roles.Of(parameter) & (Role.SharedSnapshot | Role.WorkerOwned)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private ControlFlowGraph? BuildGraph(IMethodSymbol method)
    {
        IOperation? body = BodiesOf(method).FirstOrDefault();
        try
        {
            return body switch
            {
                IMethodBodyOperation methodBody => ControlFlowGraph.Create(methodBody),
                IConstructorBodyOperation constructorBody => ControlFlowGraph.Create(constructorBody),
                IBlockOperation block => ControlFlowGraph.Create(block),
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            // A body with errors or a shape the graph builder does not accept: no summary.
            return null;
        }
    }

    [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer", Justification = "A callee's body may be in another tree; its summary needs that tree's semantic model.")]
    private IOperation? BodyOf(IMethodSymbol method)
    {
        method = method.PartialImplementationPart ?? method;
        if (method.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        SyntaxReference reference = method.DeclaringSyntaxReferences[0];
        if (!_compilation.ContainsSyntaxTree(reference.SyntaxTree))
        {
            return null;
        }

        SemanticModel model = _compilation.GetSemanticModel(reference.SyntaxTree);
        IOperation? body = model.GetOperation(reference.GetSyntax());
        return body is (IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation) && body.Parent is null ? body : null;
    }
}

/// <summary>The key of a role object: its kind, the member's and the type's definitions, compared by reference.</summary>
internal readonly struct RoleObjectKey : IEquatable<RoleObjectKey>
{
    public RoleObjectKey(ObjectKind kind, ISymbol member, ITypeSymbol type)
    {
        Kind = kind;
        Member = member;
        Type = type;
    }

    public ObjectKind Kind { get; }

    public ISymbol Member { get; }

    public ITypeSymbol Type { get; }

    public bool Equals(RoleObjectKey other) => Kind == other.Kind && ReferenceEquals(Member, other.Member) && ReferenceEquals(Type, other.Type);

    public override bool Equals(object? obj) => obj is RoleObjectKey other && Equals(other);

    public override int GetHashCode() => (RuntimeHelpers.GetHashCode(Member) * 31) ^ RuntimeHelpers.GetHashCode(Type) ^ (int)Kind;
}
