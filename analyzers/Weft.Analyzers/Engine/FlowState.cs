using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Weft.Analyzers.Engine;

/// <summary>Where an object was published: the call (for the fix) and how to name it ("Table.PublishAsync").</summary>
internal sealed class Publication
{
    public Publication(IOperation call, string via)
    {
        Call = call;
        Via = via;
    }

    public IOperation Call { get; }

    public string Via { get; }
}

/// <summary>A member of an abstract object; <see cref="Member"/> null with <see cref="CopiedFrom"/> set: a copy's unwritten members.</summary>
internal readonly struct HeapKey : IEquatable<HeapKey>
{
    public HeapKey(AbstractObject owner, ISymbol? member, bool copiedFrom = false)
    {
        Owner = owner;
        Member = TupleItem(member)?.OriginalDefinition;
        CopiedFrom = copiedFrom;
    }

    public AbstractObject Owner { get; }

    /// <summary>A named tuple element (<c>pair.Weights</c>) is the item it names (<c>Item1</c>): one key for both.</summary>
    public static ISymbol? TupleItem(ISymbol? member) => member is IFieldSymbol { CorrespondingTupleField: { } item } ? item : member;

    /// <summary>The field or property; null for array and collection elements.</summary>
    public ISymbol? Member { get; }

    /// <summary>The key of "this object is a shallow copy of these": its members not written since alias theirs.</summary>
    public bool CopiedFrom { get; }

    // The same member instance is equal to itself: answered before the symbol comparer's virtual calls.
    public bool Equals(HeapKey other) =>
        CopiedFrom == other.CopiedFrom && Owner.Equals(other.Owner) && (ReferenceEquals(Member, other.Member) || SymbolEqualityComparer.Default.Equals(Member, other.Member));

    public override bool Equals(object? obj) => obj is HeapKey other && Equals(other);

    public override int GetHashCode() => Owner.GetHashCode() ^ (Member is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(Member)) ^ (CopiedFrom ? 1 : 0);
}

/// <summary>Compares variables: symbols by <see cref="SymbolEqualityComparer.Default"/>, flow captures by id.</summary>
internal sealed class VariableComparer : IEqualityComparer<object>
{
    public static readonly VariableComparer Instance = new();

    // A variable looked up is most often the very instance stored (a local, a parameter, "this"): answered by the
    // reference compare, which both branches below would also answer true.
    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y) || (x, y) switch
    {
        (ISymbol a, ISymbol b) => SymbolEqualityComparer.Default.Equals(a, b),
        _ => object.Equals(x, y),
    };

    public int GetHashCode(object obj) => obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj.GetHashCode();
}

/// <summary>
/// The lattice element at one program point: what each variable may point to, which objects are published, what was
/// stored into which object, and whether the code may have left its loop thread. Immutable; join is union.
/// </summary>
internal sealed class FlowState
{
    public static readonly ObjectSet NoObjects = ObjectSet.Empty;

    public static readonly FlowState Empty = new(
        ImmutableDictionary.Create<object, ObjectSet>(VariableComparer.Instance),
        ImmutableDictionary.Create<object, ObjectSet>(VariableComparer.Instance),
        ImmutableDictionary<AbstractObject, Publication>.Empty,
        ImmutableDictionary<HeapKey, ObjectSet>.Empty,
        null);

    public FlowState(
        ImmutableDictionary<object, ObjectSet> values,
        ImmutableDictionary<object, ObjectSet> refTargets,
        ImmutableDictionary<AbstractObject, Publication> published,
        ImmutableDictionary<HeapKey, ObjectSet> heap,
        string? offLoop)
    {
        Values = values;
        RefTargets = refTargets;
        Published = published;
        Heap = heap;
        OffLoop = offLoop;
    }

    /// <summary>Locals, parameters, flow captures and fields of this/static: the objects they may hold.</summary>
    public ImmutableDictionary<object, ObjectSet> Values { get; }

    /// <summary>ref locals: the objects whose storage they point into.</summary>
    public ImmutableDictionary<object, ObjectSet> RefTargets { get; }

    public ImmutableDictionary<AbstractObject, Publication> Published { get; }

    public ImmutableDictionary<HeapKey, ObjectSet> Heap { get; }

    /// <summary>Null while the code is surely on the thread it started on; otherwise why it may not be.</summary>
    public string? OffLoop { get; }

    public ObjectSet Get(object variable) => Values.TryGetValue(variable, out var objects) ? objects : NoObjects;

    public ObjectSet GetRef(object variable) => RefTargets.TryGetValue(variable, out var objects) ? objects : NoObjects;

    public FlowState Set(object variable, ObjectSet objects)
    {
        // Most assignments change nothing (a flow capture of a number, a variable given the very set it holds): no new
        // state. Only the same set or two empty ones count as unchanged, since equal objects may carry different
        // descriptions or receivers. A capture, local or parameter that is absent holds nothing, so setting it to
        // nothing is no change either; fields and properties are left alone (whether the key is there is part of their join).
        if (Values.TryGetValue(variable, out var current) ? Same(current, objects) : objects.IsEmpty && variable is CaptureId or ILocalSymbol or IParameterSymbol)
        {
            return this;
        }

        return With(values: Values.SetItem(variable, objects));
    }

    public FlowState SetRef(object variable, ObjectSet objects) =>
        RefTargets.TryGetValue(variable, out var current) && Same(current, objects) ? this : With(refTargets: RefTargets.SetItem(variable, objects));

    public FlowState Store(HeapKey key, ObjectSet objects, bool strong)
    {
        if (objects.IsEmpty && !strong)
        {
            return this;
        }

        bool present = Heap.TryGetValue(key, out var old);
        ObjectSet stored = strong || !present ? objects : old!.Union(objects);
        return present && Same(old!, stored) ? this : With(heap: Heap.SetItem(key, stored));
    }

    /// <summary>Applies many assignments at once (what <see cref="Set"/> would have made of them, one by one).</summary>
    public FlowState SetAll(Dictionary<object, ObjectSet> assignments)
    {
        var values = Values.ToBuilder();
        foreach (var pair in assignments)
        {
            values[pair.Key] = pair.Value;
        }

        return With(values: values.ToImmutable());
    }

    public static bool Same(ObjectSet a, ObjectSet b) => ReferenceEquals(a, b) || (a.IsEmpty && b.IsEmpty);

    public FlowState WithOffLoop(string? offLoop) => offLoop == OffLoop ? this : With(offLoop: offLoop, clearOffLoop: offLoop is null);

    /// <summary>
    /// At an <c>await</c> that may resume off the loop: every worker-owned object a variable, a ref local or a stored
    /// member holds gets its crossed twin beside it (<see cref="AbstractObject.CrossedOffLoop"/>).
    /// </summary>
    public FlowState CrossOffLoop(string offLoop)
    {
        var values = Crossed(Values);
        var refTargets = Crossed(RefTargets);
        var heap = CrossedHeap(Heap);
        FlowState state = WithOffLoop(offLoop);
        return ReferenceEquals(values, Values) && ReferenceEquals(refTargets, RefTargets) && ReferenceEquals(heap, Heap)
            ? state
            : state.With(values: values, refTargets: refTargets, heap: heap);
    }

    private static ImmutableDictionary<TKey, ObjectSet> Crossed<TKey>(ImmutableDictionary<TKey, ObjectSet> map)
        where TKey : notnull => MapValues(map, Crossed);

    /// <summary><paramref name="map"/> with each value changed by <paramref name="change"/>; the same instance when none changed.</summary>
    private static ImmutableDictionary<TKey, ObjectSet> MapValues<TKey>(ImmutableDictionary<TKey, ObjectSet> map, Func<ObjectSet, ObjectSet> change)
        where TKey : notnull
    {
        var result = map;
        foreach (var pair in map)
        {
            ObjectSet changed = change(pair.Value);
            if (!ReferenceEquals(changed, pair.Value))
            {
                result = result.SetItem(pair.Key, changed);
            }
        }

        return result;
    }

    /// <summary>
    /// Memory stored in members of other objects crosses with them. What a worker object's own members hold does not
    /// cross by itself: it goes where that object goes (read through the crossed twin, it is the twin's memory), so a
    /// worker object left over from an earlier pass does not carry it as crossed.
    /// </summary>
    private static ImmutableDictionary<HeapKey, ObjectSet> CrossedHeap(ImmutableDictionary<HeapKey, ObjectSet> heap)
    {
        var result = heap;
        foreach (var pair in heap)
        {
            ObjectSet crossed = pair.Key.Owner.Root.Kind == ObjectKind.Worker ? pair.Value : Crossed(pair.Value);
            if (!ReferenceEquals(crossed, pair.Value))
            {
                result = result.SetItem(pair.Key, crossed);
            }
        }

        return result;
    }

    /// <summary>The objects with the crossed twin of each worker-owned one beside it (the same set when there is none).</summary>
    public static ObjectSet Crossed(ObjectSet objects)
    {
        ObjectSet crossed = objects;
        foreach (AbstractObject obj in objects)
        {
            if (AbstractObject.CrossedTwin(obj) is { } twin)
            {
                crossed = crossed.Add(twin);
            }
            else if (obj is { Kind: ObjectKind.Delegate, Part: 0, Receiver.IsEmpty: false } && Crossed(obj.Receiver) is var receiver && !ReferenceEquals(receiver, obj.Receiver))
            {
                // A method group bound to worker state (`Action a = cache.Store;`) crosses with its receiver: the twin,
                // bound to the crossed receiver, is what was held across the await.
                crossed = crossed.Add(obj.CrossedWith(receiver));
            }
        }

        return crossed;
    }

    public FlowState WithPublished(ImmutableDictionary<AbstractObject, Publication> published) => With(published: published);

    /// <summary>
    /// A new allocation at the site: the object there is not published and holds nothing yet. When the site's previous
    /// object was published (an earlier pass of a loop), it stays published as the site's older object wherever it is
    /// still held (<c>previous = current</c> carried to the next pass), apart from the new one.
    /// </summary>
    public FlowState Reallocate(AbstractObject fresh)
    {
        FlowState state = this;
        if (!Published.IsEmpty && Published.TryGetValue(fresh, out Publication? publication))
        {
            return state.Retire(fresh, AbstractObject.OlderOf(fresh), publication);
        }

        if (Heap.IsEmpty)
        {
            return state;
        }

        // The dictionary's own enumerator is a struct; its Keys view is an iterator allocated on every call.
        foreach (var pair in Heap)
        {
            if (pair.Key.Owner.Equals(fresh))
            {
                state = state.With(heap: state.Heap.Remove(pair.Key));
            }
        }

        return state;
    }

    /// <summary>Renames <paramref name="fresh"/> (and its memory) to <paramref name="older"/> everywhere, published as it was.</summary>
    private FlowState Retire(AbstractObject fresh, AbstractObject older, Publication publication)
    {
        AbstractObject? freshReach = AbstractObject.ReachOf(fresh);
        AbstractObject? olderReach = AbstractObject.ReachOf(older);

        ObjectSet Renamed(ObjectSet objects)
        {
            if (!objects.Contains(fresh) && (freshReach is null || !objects.Contains(freshReach)))
            {
                return objects;
            }

            var renamed = new ObjectSet.Builder();
            foreach (AbstractObject obj in objects)
            {
                renamed.Add(obj.Equals(fresh) ? older : freshReach is not null && obj.Equals(freshReach) ? olderReach! : obj);
            }

            return renamed.ToImmutable();
        }

        ImmutableDictionary<object, ObjectSet> RenamedVariables(ImmutableDictionary<object, ObjectSet> map) => MapValues(map, Renamed);

        var heap = Heap;
        foreach (var pair in Heap)
        {
            ObjectSet renamed = Renamed(pair.Value);
            if (pair.Key.Owner.Equals(fresh))
            {
                heap = heap.Remove(pair.Key);
                var key = new HeapKey(older, pair.Key.Member, pair.Key.CopiedFrom);
                heap = heap.SetItem(key, heap.TryGetValue(key, out ObjectSet? held) ? held.Union(renamed) : renamed);
            }
            else if (!ReferenceEquals(renamed, pair.Value))
            {
                heap = heap.SetItem(pair.Key, renamed);
            }
        }

        var published = Published.Remove(fresh);
        if (!published.ContainsKey(older))
        {
            published = published.Add(older, publication);
        }

        return With(values: RenamedVariables(Values), refTargets: RenamedVariables(RefTargets), published: published, heap: heap);
    }

    /// <summary>
    /// Forgets published objects made here that no variable or stored member can reach any more: a list published
    /// and then replaced by a new one cannot be written through the old name (keeps the join from mixing paths).
    /// </summary>
    public FlowState DropUnreachablePublished()
    {
        List<AbstractObject>? fresh = null;
        foreach (var pair in Published)
        {
            if (pair.Key.Kind == ObjectKind.Fresh)
            {
                (fresh ??= new List<AbstractObject>()).Add(pair.Key);
            }
        }

        if (fresh is null)
        {
            return this;
        }

        MarkReachable(Values, fresh);
        MarkReachable(RefTargets, fresh);
        MarkReachable(Heap, fresh);
        if (fresh.Count == 0)
        {
            return this;
        }

        var published = Published;
        foreach (AbstractObject obj in fresh)
        {
            published = published.Remove(obj);
        }

        return With(published: published);
    }

    /// <summary>Removes from <paramref name="candidates"/> every object some value of the map reaches (stops when none is left).</summary>
    private static void MarkReachable<TKey>(ImmutableDictionary<TKey, ObjectSet> map, List<AbstractObject> candidates)
        where TKey : notnull
    {
        foreach (var pair in map)
        {
            if (candidates.Count == 0)
            {
                return;
            }

            foreach (AbstractObject obj in pair.Value)
            {
                candidates.Remove(obj.Root);
            }
        }
    }

    /// <summary>
    /// The objects and everything stored in them, transitively: what goes along when they are handed to another
    /// thread (a helper object holding worker state carries that state).
    /// </summary>
    public ObjectSet WithContents(ObjectSet objects)
    {
        if (Heap.IsEmpty || objects.IsEmpty)
        {
            return objects;
        }

        // Usually none of them holds anything: then they are all that goes along, found without building the closure.
        bool holdsAny = false;
        foreach (var entry in Heap)
        {
            if (objects.Contains(entry.Key.Owner))
            {
                holdsAny = true;
                break;
            }
        }

        if (!holdsAny)
        {
            return objects;
        }

        ObjectSet result = objects;
        var pending = new Stack<AbstractObject>();
        foreach (AbstractObject obj in objects)
        {
            pending.Push(obj);
        }

        Dictionary<AbstractObject, List<ObjectSet>>? held = null;
        var visited = new HashSet<AbstractObject>();
        while (pending.Count > 0)
        {
            AbstractObject next = pending.Pop();
            if (!visited.Add(next))
            {
                continue;
            }

            if (held is null)
            {
                held = new Dictionary<AbstractObject, List<ObjectSet>>();
                foreach (var entry in Heap)
                {
                    if (!held.TryGetValue(entry.Key.Owner, out List<ObjectSet>? values))
                    {
                        held[entry.Key.Owner] = values = new List<ObjectSet>();
                    }

                    values.Add(entry.Value);
                }
            }

            if (held.TryGetValue(next, out List<ObjectSet>? contents))
            {
                foreach (ObjectSet content in contents)
                {
                    result = result.Union(content);
                    foreach (AbstractObject inner in content)
                    {
                        pending.Push(inner);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>True when some of <paramref name="objects"/> is (memory of) a published object allocated in the body.</summary>
    public bool HoldsPublishedFresh(ObjectSet objects)
    {
        if (Published.IsEmpty)
        {
            return false;
        }

        foreach (AbstractObject obj in objects)
        {
            if (obj.Root.Kind == ObjectKind.Fresh && Published.ContainsKey(obj.Root))
            {
                return true;
            }
        }

        return false;
    }

    public Publication? PublicationOf(AbstractObject obj)
    {
        if (Published.TryGetValue(obj, out Publication? publication))
        {
            return publication;
        }

        return obj.Kind == ObjectKind.Reach && Published.TryGetValue(obj.Root, out publication) ? publication : null;
    }

    public static FlowState Join(FlowState a, FlowState b)
    {
        if (ReferenceEquals(a, b))
        {
            return a;
        }

        return new FlowState(
            JoinValues(a.Values, b.Values),
            JoinMaps(a.RefTargets, b.RefTargets),
            JoinPublished(a.Published, b.Published),
            JoinMaps(a.Heap, b.Heap),
            a.OffLoop ?? b.OffLoop);
    }

    public bool SameAs(FlowState other) =>
        ReferenceEquals(this, other) ||
        (OffLoop == other.OffLoop &&
         SameMaps(Values, other.Values) &&
         SameMaps(RefTargets, other.RefTargets) &&
         SameMaps(Heap, other.Heap) &&
         Published.Count == other.Published.Count && AllKeysIn(Published, other.Published));

    private static bool AllKeysIn(ImmutableDictionary<AbstractObject, Publication> a, ImmutableDictionary<AbstractObject, Publication> b)
    {
        foreach (var pair in a)
        {
            if (!b.ContainsKey(pair.Key))
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableDictionary<TKey, ObjectSet> JoinMaps<TKey>(
        ImmutableDictionary<TKey, ObjectSet> a, ImmutableDictionary<TKey, ObjectSet> b)
        where TKey : notnull
    {
        // Most joins meet maps one path did not touch (the same map on both sides): nothing to do.
        if (ReferenceEquals(a, b) || b.IsEmpty)
        {
            return a;
        }

        if (a.IsEmpty)
        {
            return b;
        }

        if (a.Count < b.Count)
        {
            (a, b) = (b, a);
        }

        var result = a;
        foreach (var pair in b)
        {
            if (!a.TryGetValue(pair.Key, out var mine))
            {
                result = result.SetItem(pair.Key, pair.Value);
            }
            else if (mine.Union(pair.Value) is var union && !ReferenceEquals(union, mine))
            {
                result = result.SetItem(pair.Key, union);
            }
        }

        return result;
    }

    /// <summary>
    /// Joins variables. A field (or auto-property) of this or of a type assigned on one path only holds, after the
    /// join, what was assigned or what it held on entry (its <see cref="ObjectKind.Field"/> object); any other
    /// variable missing on one path holds nothing there.
    /// </summary>
    private static ImmutableDictionary<object, ObjectSet> JoinValues(ImmutableDictionary<object, ObjectSet> a, ImmutableDictionary<object, ObjectSet> b)
    {
        if (ReferenceEquals(a, b))
        {
            return a;
        }

        var result = JoinMaps(a, b);
        foreach (var pair in result)
        {
            if (pair.Key is IFieldSymbol or IPropertySymbol && !(a.ContainsKey(pair.Key) && b.ContainsKey(pair.Key)))
            {
                result = result.SetItem(pair.Key, pair.Value.Add(AbstractObject.Field((ISymbol)pair.Key)));
            }
        }

        return result;
    }

    private static ImmutableDictionary<AbstractObject, Publication> JoinPublished(ImmutableDictionary<AbstractObject, Publication> a, ImmutableDictionary<AbstractObject, Publication> b)
    {
        if (ReferenceEquals(a, b) || b.IsEmpty)
        {
            return a;
        }

        var result = a;
        foreach (var pair in b)
        {
            if (!result.ContainsKey(pair.Key))
            {
                result = result.Add(pair.Key, pair.Value);
            }
        }

        return result;
    }

    private static bool SameMaps<TKey>(ImmutableDictionary<TKey, ObjectSet> a, ImmutableDictionary<TKey, ObjectSet> b)
        where TKey : notnull
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var pair in a)
        {
            if (!b.TryGetValue(pair.Key, out var other) || !other.SetEquals(pair.Value))
            {
                return false;
            }
        }

        return true;
    }

    private FlowState With(
        ImmutableDictionary<object, ObjectSet>? values = null,
        ImmutableDictionary<object, ObjectSet>? refTargets = null,
        ImmutableDictionary<AbstractObject, Publication>? published = null,
        ImmutableDictionary<HeapKey, ObjectSet>? heap = null,
        string? offLoop = null,
        bool clearOffLoop = false) =>
        new(values ?? Values, refTargets ?? RefTargets, published ?? Published, heap ?? Heap, clearOffLoop ? null : offLoop ?? OffLoop);
}
