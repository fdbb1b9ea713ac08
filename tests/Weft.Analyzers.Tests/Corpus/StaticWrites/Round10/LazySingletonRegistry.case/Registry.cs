// A registry singleton in a static Lazy<T>; its Register adds to its list unguarded.
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

namespace Corpus.StaticWrites.Round10.LazySingletonRegistry;

public sealed class Registry<T>
{
    private readonly List<T> _items = new();
    private readonly object _gate = new();

    public static readonly Lazy<Registry<T>> Instance = new(() => new Registry<T>());

    public void Register(T item)
    {
        _items.Add(item);
    }
}
