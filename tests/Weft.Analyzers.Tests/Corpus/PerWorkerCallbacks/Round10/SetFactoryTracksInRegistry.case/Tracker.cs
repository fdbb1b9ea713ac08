// A user tracker whose Track adds to its list unguarded and returns the item.
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

namespace Corpus.PerWorkerCallbacks.Round10.SetFactoryTracksInRegistry;

public sealed class Tracker<T>
{
    private readonly List<T> _items = new();
    private readonly object _gate = new();

    public T Track(T item)
    {
        _items.Add(item);

        return item;
    }
}
