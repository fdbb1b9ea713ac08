// A [SharedSnapshot] configuration holding a user generic registry whose Register adds to its private list.
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

namespace Corpus.SnapshotWrites.Round10.RegistryHeldBySnapshotQuiet;

public sealed class Registry<T>
{
    private readonly List<T> _items = new();

    public void Register(T item) => _items.Add(item);

    public int Count => _items.Count;

    public Registry<T> Copy()
    {
        var copy = new Registry<T>();
        copy._items.AddRange(_items);
        return copy;
    }
}

public sealed class Config
{
    public Registry<string> Handlers { get; } = new();
}

public static class Settings
{
    private static readonly Config s_config = new();

    [SharedSnapshot]
    public static Config Current => s_config;
}
