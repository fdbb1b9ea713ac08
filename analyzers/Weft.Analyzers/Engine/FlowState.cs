using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

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
        Member = member?.OriginalDefinition;
        CopiedFrom = copiedFrom;
    }

    public AbstractObject Owner { get; }

    /// <summary>The field or property; null for array and collection elements.</summary>
    public ISymbol? Member { get; }

    /// <summary>The key of "this object is a shallow copy of these": its members not written since alias theirs.</summary>
    public bool CopiedFrom { get; }

    public bool Equals(HeapKey other) =>
        CopiedFrom == other.CopiedFrom && Owner.Equals(other.Owner) && SymbolEqualityComparer.Default.Equals(Member, other.Member);

    public override bool Equals(object? obj) => obj is HeapKey other && Equals(other);

    public override int GetHashCode() => Owner.GetHashCode() ^ (Member is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(Member)) ^ (CopiedFrom ? 1 : 0);
}

/// <summary>Compares variables: symbols by <see cref="SymbolEqualityComparer.Default"/>, flow captures by id.</summary>
internal sealed class VariableComparer : IEqualityComparer<object>
{
    public static readonly VariableComparer Instance = new();

    public new bool Equals(object? x, object? y) => (x, y) switch
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
    public static readonly ImmutableHashSet<AbstractObject> NoObjects = ImmutableHashSet<AbstractObject>.Empty;

    public static readonly FlowState Empty = new(
        ImmutableDictionary.Create<object, ImmutableHashSet<AbstractObject>>(VariableComparer.Instance),
        ImmutableDictionary.Create<object, ImmutableHashSet<AbstractObject>>(VariableComparer.Instance),
        ImmutableDictionary<AbstractObject, Publication>.Empty,
        ImmutableDictionary<HeapKey, ImmutableHashSet<AbstractObject>>.Empty,
        null);

    public FlowState(
        ImmutableDictionary<object, ImmutableHashSet<AbstractObject>> values,
        ImmutableDictionary<object, ImmutableHashSet<AbstractObject>> refTargets,
        ImmutableDictionary<AbstractObject, Publication> published,
        ImmutableDictionary<HeapKey, ImmutableHashSet<AbstractObject>> heap,
        string? offLoop)
    {
        Values = values;
        RefTargets = refTargets;
        Published = published;
        Heap = heap;
        OffLoop = offLoop;
    }

    /// <summary>Locals, parameters, flow captures and fields of this/static: the objects they may hold.</summary>
    public ImmutableDictionary<object, ImmutableHashSet<AbstractObject>> Values { get; }

    /// <summary>ref locals: the objects whose storage they point into.</summary>
    public ImmutableDictionary<object, ImmutableHashSet<AbstractObject>> RefTargets { get; }

    public ImmutableDictionary<AbstractObject, Publication> Published { get; }

    public ImmutableDictionary<HeapKey, ImmutableHashSet<AbstractObject>> Heap { get; }

    /// <summary>Null while the code is surely on the thread it started on; otherwise why it may not be.</summary>
    public string? OffLoop { get; }

    public ImmutableHashSet<AbstractObject> Get(object variable) => Values.TryGetValue(variable, out var objects) ? objects : NoObjects;

    public ImmutableHashSet<AbstractObject> GetRef(object variable) => RefTargets.TryGetValue(variable, out var objects) ? objects : NoObjects;

    public FlowState Set(object variable, ImmutableHashSet<AbstractObject> objects) => With(values: Values.SetItem(variable, objects));

    public FlowState SetRef(object variable, ImmutableHashSet<AbstractObject> objects) => With(refTargets: RefTargets.SetItem(variable, objects));

    public FlowState Store(HeapKey key, ImmutableHashSet<AbstractObject> objects, bool strong) =>
        objects.IsEmpty && !strong ? this : With(heap: Heap.SetItem(key, strong || !Heap.TryGetValue(key, out var old) ? objects : old.Union(objects)));

    public FlowState WithOffLoop(string? offLoop) => offLoop == OffLoop ? this : With(offLoop: offLoop, clearOffLoop: offLoop is null);

    public FlowState WithPublished(ImmutableDictionary<AbstractObject, Publication> published) => With(published: published);

    /// <summary>A new allocation at the site: the object there is not published and holds nothing yet.</summary>
    public FlowState Reallocate(AbstractObject fresh)
    {
        FlowState state = this;
        if (Published.ContainsKey(fresh))
        {
            state = state.With(published: Published.Remove(fresh));
        }

        foreach (var key in Heap.Keys)
        {
            if (key.Owner.Equals(fresh))
            {
                state = state.With(heap: state.Heap.Remove(key));
            }
        }

        return state;
    }

    /// <summary>
    /// Forgets published objects made here that no variable or stored member can reach any more: a list published
    /// and then replaced by a new one cannot be written through the old name (keeps the join from mixing paths).
    /// </summary>
    public FlowState DropUnreachablePublished()
    {
        if (!Published.Keys.Any(o => o.Kind == ObjectKind.Fresh))
        {
            return this;
        }

        var reachable = new HashSet<AbstractObject>();
        foreach (var objects in Values.Values.Concat(RefTargets.Values).Concat(Heap.Values))
        {
            foreach (AbstractObject obj in objects)
            {
                reachable.Add(obj.Root);
            }
        }

        var published = Published;
        foreach (AbstractObject obj in Published.Keys)
        {
            if (obj.Kind == ObjectKind.Fresh && !reachable.Contains(obj))
            {
                published = published.Remove(obj);
            }
        }

        return published == Published ? this : With(published: published);
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
            JoinMaps(a.Values, b.Values),
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
        foreach (var key in a.Keys)
        {
            if (!b.ContainsKey(key))
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableDictionary<TKey, ImmutableHashSet<AbstractObject>> JoinMaps<TKey>(
        ImmutableDictionary<TKey, ImmutableHashSet<AbstractObject>> a, ImmutableDictionary<TKey, ImmutableHashSet<AbstractObject>> b)
        where TKey : notnull
    {
        if (a.Count < b.Count)
        {
            (a, b) = (b, a);
        }

        var result = a;
        foreach (var pair in b)
        {
            result = result.SetItem(pair.Key, a.TryGetValue(pair.Key, out var mine) ? mine.Union(pair.Value) : pair.Value);
        }

        return result;
    }

    private static ImmutableDictionary<AbstractObject, Publication> JoinPublished(ImmutableDictionary<AbstractObject, Publication> a, ImmutableDictionary<AbstractObject, Publication> b)
    {
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

    private static bool SameMaps<TKey>(ImmutableDictionary<TKey, ImmutableHashSet<AbstractObject>> a, ImmutableDictionary<TKey, ImmutableHashSet<AbstractObject>> b)
        where TKey : notnull
    {
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
        ImmutableDictionary<object, ImmutableHashSet<AbstractObject>>? values = null,
        ImmutableDictionary<object, ImmutableHashSet<AbstractObject>>? refTargets = null,
        ImmutableDictionary<AbstractObject, Publication>? published = null,
        ImmutableDictionary<HeapKey, ImmutableHashSet<AbstractObject>>? heap = null,
        string? offLoop = null,
        bool clearOffLoop = false) =>
        new(values ?? Values, refTargets ?? RefTargets, published ?? Published, heap ?? Heap, clearOffLoop ? null : offLoop ?? OffLoop);
}
