// A user registry whose Snapshot() returns an IReadOnlyList<T>: an
// ImmutableArray<T> copy. Reading taken: a local of interface type assigned once is judged by what it holds (the
// page), here what the helper returns.
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

namespace Corpus.Broadcast.Round10.RegistrySnapshotAsInterfaceQuiet;

public sealed class Registry<T>
{
    private readonly List<T> _items = new();

    public void Add(T item) => _items.Add(item);

    public IReadOnlyList<T> Snapshot() => _items.ToImmutableArray();
}
