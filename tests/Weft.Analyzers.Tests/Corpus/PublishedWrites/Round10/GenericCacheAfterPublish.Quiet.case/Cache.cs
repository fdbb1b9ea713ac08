// A user generic cache whose Put writes the dictionary it holds.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.PublishedWrites.Round10.GenericCacheAfterPublishQuiet;

public sealed class Cache<TKey, TValue> where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _entries = new();

    public void Put(TKey key, TValue value) => _entries[key] = value;

    public int Count => _entries.Count;

    public Cache<TKey, TValue> Clone()
    {
        var copy = new Cache<TKey, TValue>();
        foreach (var (key, value) in _entries)
        {
            copy.Put(key, value);
        }

        return copy;
    }
}
