using System;
using System.Collections;
using System.Collections.Generic;

namespace Weft.Analyzers.Engine;

/// <summary>
/// An immutable set of abstract objects: what a variable, a member or an expression may point to. Almost every such
/// set holds zero to three objects, so it is a plain array compared by <see cref="AbstractObject.Equals(AbstractObject)"/>:
/// no hashing, no tree, and no allocation when a union or an add changes nothing (the engine's hot path; an immutable
/// hash set cost most of the analyzer's time in enumerators and garbage).
/// </summary>
internal sealed class ObjectSet : IEnumerable<AbstractObject>
{
    public static readonly ObjectSet Empty = new([]);

    private readonly AbstractObject[] _items;

    private ObjectSet(AbstractObject[] items)
    {
        _items = items;
    }

    public int Count => _items.Length;

    public bool IsEmpty => _items.Length == 0;

    public static ObjectSet Create(AbstractObject item) => item.Singleton ??= new([item]);

    public static ObjectSet From(IEnumerable<AbstractObject> items)
    {
        var builder = new Builder();
        foreach (AbstractObject item in items)
        {
            builder.Add(item);
        }

        return builder.ToImmutable();
    }

    public bool Contains(AbstractObject item)
    {
        foreach (AbstractObject mine in _items)
        {
            if (mine.Equals(item))
            {
                return true;
            }
        }

        return false;
    }

    public ObjectSet Add(AbstractObject item)
    {
        if (Contains(item))
        {
            return this;
        }

        if (_items.Length == 0)
        {
            return Create(item);
        }

        var items = new AbstractObject[_items.Length + 1];
        Array.Copy(_items, items, _items.Length);
        items[_items.Length] = item;
        return new ObjectSet(items);
    }

    public ObjectSet Remove(AbstractObject item) => Contains(item) ? Where(o => !o.Equals(item)) : this;

    public ObjectSet Union(ObjectSet other)
    {
        if (other.IsEmpty || ReferenceEquals(this, other))
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        // Counted first, so a union that adds nothing allocates nothing and one that does allocates only its array.
        int added = 0;
        for (int i = 0; i < other._items.Length; i++)
        {
            if (IsNew(other._items, i))
            {
                added++;
            }
        }

        if (added == 0)
        {
            return this;
        }

        if (added == other.Count && other.Count >= Count && IsSubsetOf(other))
        {
            return other;
        }

        var items = new AbstractObject[_items.Length + added];
        Array.Copy(_items, items, _items.Length);
        int next = _items.Length;
        for (int i = 0; i < other._items.Length; i++)
        {
            if (IsNew(other._items, i))
            {
                items[next++] = other._items[i];
            }
        }

        return new ObjectSet(items);
    }

    /// <summary>True when <c>others[index]</c> is neither in this set nor earlier in <paramref name="others"/>.</summary>
    private bool IsNew(AbstractObject[] others, int index)
    {
        AbstractObject item = others[index];
        if (Contains(item))
        {
            return false;
        }

        for (int j = 0; j < index; j++)
        {
            if (others[j].Equals(item))
            {
                return false;
            }
        }

        return true;
    }

    public ObjectSet Union(IEnumerable<AbstractObject> other) => other is ObjectSet set ? Union(set) : Union(From(other));

    /// <summary>The members that satisfy <paramref name="predicate"/> (this set itself when all do).</summary>
    public ObjectSet Where(Func<AbstractObject, bool> predicate)
    {
        ObjectSet? kept = null;
        for (int i = 0; i < _items.Length; i++)
        {
            if (predicate(_items[i]))
            {
                kept = kept?.Add(_items[i]);
            }
            else if (kept is null)
            {
                kept = Empty;
                for (int j = 0; j < i; j++)
                {
                    kept = kept.Add(_items[j]);
                }
            }
        }

        return kept ?? this;
    }

    public bool SetEquals(ObjectSet other) => ReferenceEquals(this, other) || (Count == other.Count && IsSubsetOf(other));

    private bool IsSubsetOf(ObjectSet other)
    {
        foreach (AbstractObject item in _items)
        {
            if (!other.Contains(item))
            {
                return false;
            }
        }

        return true;
    }

    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<AbstractObject> IEnumerable<AbstractObject>.GetEnumerator() => ((IEnumerable<AbstractObject>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Enumerates without allocating.</summary>
    public struct Enumerator
    {
        private readonly AbstractObject[] _items;
        private int _index;

        public Enumerator(AbstractObject[] items)
        {
            _items = items;
            _index = -1;
        }

        public readonly AbstractObject Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }

    /// <summary>
    /// Collects objects, once each, into a set. It keeps the set built so far: a union that adds nothing (the common
    /// case, e.g. reading one member of one object) allocates nothing and yields the stored set itself. A struct, so
    /// collecting allocates nothing of its own (pass it by <c>ref</c>).
    /// </summary>
    public struct Builder
    {
        private ObjectSet? _result;

        public void Add(AbstractObject item) => _result = (_result ?? Empty).Add(item);

        public void UnionWith(ObjectSet items) => _result = (_result ?? Empty).Union(items);

        public void UnionWith(IEnumerable<AbstractObject> items)
        {
            if (items is ObjectSet set)
            {
                UnionWith(set);
                return;
            }

            foreach (AbstractObject item in items)
            {
                Add(item);
            }
        }

        public readonly ObjectSet ToImmutable() => _result ?? Empty;
    }
}
