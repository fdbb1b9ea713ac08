using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Weft.Analyzers.Engine;

internal enum ObjectKind
{
    /// <summary>Allocated in the body at one site (the most recent allocation there: allocating again makes it unpublished).</summary>
    Fresh,

    /// <summary>The object a parameter held on entry.</summary>
    Parameter,

    /// <summary>The receiver of the body's method.</summary>
    This,

    /// <summary>The object held by a field (or auto-property) of this instance or of a type: one per member, for every instance.</summary>
    Field,

    /// <summary>A snapshot every thread shares ([SharedSnapshot]): read-only for everybody.</summary>
    Snapshot,

    /// <summary>State owned by the calling worker ([WorkerOwned]): must stay on it.</summary>
    Worker,

    /// <summary>Memory reachable from another object (members, elements, struct copies of members): shares its fate.</summary>
    Reach,

    /// <summary>A delegate: a lambda, a local function or a method group.</summary>
    Delegate,

    /// <summary>The calling thread's own loop ([CallingThreadLoop]).</summary>
    CallingLoop,

    /// <summary>An awaitable (or async enumerable) configured not to resume on the captured context.</summary>
    ContextFree,
}

/// <summary>
/// An abstract heap object of the points-to lattice. Equality is by kind and key (allocation site, symbol); the
/// slot type and a delegate's graph and receiver ride along without taking part.
/// </summary>
internal sealed class AbstractObject : IEquatable<AbstractObject>
{
    private AbstractObject(ObjectKind kind, object? key, AbstractObject? parent, int part = 0)
    {
        Kind = kind;
        Key = key;
        Parent = parent;
        Part = part;
    }

    public ObjectKind Kind { get; }

    /// <summary>The allocation or delegate operation, or the symbol (parameter, field, slot type, method).</summary>
    public object? Key { get; }

    /// <summary>
    /// For a fresh object made by a callee: which of the objects its summary returns (0: the tuple it returns, 1…:
    /// the objects it allocated), so one call site yields as many distinct objects as the callee made.
    /// </summary>
    public int Part { get; }

    /// <summary>For <see cref="ObjectKind.Reach"/>: the root object whose memory this is.</summary>
    public AbstractObject? Parent { get; }

    /// <summary>For a lambda: the graph that holds it (its own graph comes from there).</summary>
    public ControlFlowGraph? Graph { get; private set; }

    /// <summary>For a method group: the receiver's objects.</summary>
    public ObjectSet Receiver { get; private set; } = ObjectSet.Empty;

    /// <summary>
    /// For a delegate a callee made and returned: what the variables it captured there held (the callee's parameters
    /// bound to the caller's arguments), for the code that runs it. Empty for a delegate made in the running body,
    /// whose captured variables are the running body's own.
    /// </summary>
    public ImmutableDictionary<object, ObjectSet> Closure { get; private set; } = ImmutableDictionary<object, ObjectSet>.Empty;

    /// <summary>This delegate with the objects its captured variables hold at the call that returned it.</summary>
    public AbstractObject WithClosure(ImmutableDictionary<object, ObjectSet> closure) =>
        new(Kind, Key, Parent, Part) { Graph = Graph, Receiver = Receiver, Description = Description, Closure = closure };

    /// <summary>
    /// A method group held across an <c>await</c> that may resume off the loop, bound to its receiver's crossed twins: a
    /// distinct object (part 1) beside the original, since delegates compare by method and part, not by receiver.
    /// </summary>
    public AbstractObject CrossedWith(ObjectSet crossedReceiver) =>
        new(Kind, Key, Parent, 1) { Graph = Graph, Receiver = crossedReceiver, Description = Description, Closure = Closure };

    /// <summary>How a rule names where the object came from (the member read, e.g. <c>Table.Current</c>).</summary>
    public string Description { get; private set; } = string.Empty;

    public static readonly AbstractObject This = new(ObjectKind.This, null, null);

    public static readonly AbstractObject CallingLoop = new(ObjectKind.CallingLoop, null, null);

    public static readonly AbstractObject ContextFree = new(ObjectKind.ContextFree, null, null);

    public static AbstractObject Fresh(IOperation site) => new(ObjectKind.Fresh, site, null);

    /// <summary>An object a callee made and returned, named by the call that returned it and its part of the result.</summary>
    public static AbstractObject Fresh(IOperation call, int part) => new(ObjectKind.Fresh, call, null, part);

    /// <summary>
    /// The objects an allocation site made before its most recent one (a loop's earlier passes), once the most recent
    /// was published and the site allocates again: a negative <see cref="Part"/> keeps it apart from the new one.
    /// </summary>
    public static AbstractObject OlderOf(AbstractObject fresh) =>
        fresh.Part < 0 ? fresh : new(ObjectKind.Fresh, fresh.Key, null, -1 - fresh.Part) { Description = fresh.Description };

    public static AbstractObject ParameterObject(IParameterSymbol parameter) => new(ObjectKind.Parameter, parameter.OriginalDefinition, null);

    public static AbstractObject Field(ISymbol member) => s_fields.GetValue(member.OriginalDefinition, static m => new(ObjectKind.Field, m, null));

    // A field's entry object is asked for on every read of the field: one per member (equal anyway), kept while the
    // member's symbol lives, so a read allocates neither the object nor (with Singleton) the set holding it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ISymbol, AbstractObject> s_fields = new();

    private AbstractObject? _reach;

    /// <summary>The set holding only this object, made once (sets are immutable): see <see cref="ObjectSet.Create"/>.</summary>
    internal ObjectSet? Singleton { get; set; }

    public static AbstractObject Snapshot(ITypeSymbol type, string description) => new(ObjectKind.Snapshot, type.OriginalDefinition, null) { Description = description };

    public static AbstractObject Worker(ITypeSymbol type, string description) => new(ObjectKind.Worker, type.OriginalDefinition, null) { Description = description };

    public static AbstractObject Lambda(IFlowAnonymousFunctionOperation lambda, ControlFlowGraph graph) => new(ObjectKind.Delegate, lambda, null) { Graph = graph };

    public static AbstractObject MethodGroup(IMethodSymbol method, ObjectSet receiver, ControlFlowGraph? graph) =>
        new(ObjectKind.Delegate, method.OriginalDefinition, null) { Receiver = receiver, Graph = graph };

    private AbstractObject? _crossed;

    /// <summary>
    /// For worker-owned state: the same state once it was held across an <c>await</c> that may resume off its loop. It
    /// rides beside the original (a variable holding both may have crossed on some path), so WEFT0004 judges a use
    /// after such an <c>await</c> by whether its value crossed, not by the joined context: a value read on the loop
    /// and left over in an inner loop's cycle from an earlier pass is not the one that crossed.
    /// </summary>
    public bool CrossedOffLoop => Root.Kind == ObjectKind.Worker && Root.Part == 1;

    /// <summary>The crossed twin of a worker object or of memory reached from one; null for anything else or one already crossed.</summary>
    public static AbstractObject? CrossedTwin(AbstractObject obj) => obj switch
    {
        { Kind: ObjectKind.Worker, Part: 0 } => obj._crossed ??= new AbstractObject(ObjectKind.Worker, obj.Key, null, 1) { Description = obj.Description },
        { Kind: ObjectKind.Reach, Parent: { Kind: ObjectKind.Worker, Part: 0 } parent } => ReachOf(CrossedTwin(parent)!),
        _ => null,
    };

    /// <summary>Memory reached from <paramref name="owner"/>; reach of reach is reach of the root, so chains stay finite.</summary>
    public static AbstractObject? ReachOf(AbstractObject owner) => owner.Kind switch
    {
        ObjectKind.Reach => owner,
        ObjectKind.Delegate or ObjectKind.CallingLoop or ObjectKind.ContextFree => null,
        _ => owner._reach ??= new AbstractObject(ObjectKind.Reach, null, owner) { Description = owner.Description },
    };

    /// <summary>The object whose memory this is: itself, or the root of a reach.</summary>
    public AbstractObject Root => Kind == ObjectKind.Reach ? Parent! : this;

    public ITypeSymbol? SlotType => Root.Key as ITypeSymbol;

    public ISymbol? Symbol => Key as ISymbol;

    public IOperation? Site => Key as IOperation;

    public bool Equals(AbstractObject? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Kind == other.Kind && Part == other.Part && KeyEquals(Key, other.Key) && Equals(Parent, other.Parent);
    }

    public override bool Equals(object? obj) => Equals(obj as AbstractObject);

    // Kind, key, parent and part never change: the hash is computed once (heap keys and published sets ask often).
    // 0 means "not yet" (a computed 0 is kept as 1), so one int write publishes it safely to other threads.
    private int _hash;

    public override int GetHashCode()
    {
        int hash = _hash;
        if (hash == 0)
        {
            hash = ComputeHashCode();
            hash = hash == 0 ? 1 : hash;
            _hash = hash;
        }

        return hash;
    }

    private int ComputeHashCode()
    {
        int key = Key switch
        {
            ISymbol symbol => SymbolEqualityComparer.Default.GetHashCode(symbol),
            null => 0,
            _ => Key.GetHashCode(),
        };
        return ((int)Kind * 397) ^ key ^ (Parent?.GetHashCode() * 31 ?? 0) ^ (Part * 7919);
    }

    // The same key instance (an operation, or a symbol handed out once) is equal to itself before any symbol compare.
    private static bool KeyEquals(object? a, object? b) => ReferenceEquals(a, b) || (a, b) switch
    {
        (ISymbol x, ISymbol y) => SymbolEqualityComparer.Default.Equals(x, y),
        _ => ReferenceEquals(a, b),
    };

    public override string ToString() => $"{Kind}:{Key}";
}
