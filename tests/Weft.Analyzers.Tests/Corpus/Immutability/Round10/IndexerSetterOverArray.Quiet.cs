// A user indexer on the snapshot: read-only indexer over a readonly ImmutableArray; changing a weight builds a new snapshot.
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

namespace Corpus.Immutability.Round10.IndexerSetterOverArrayQuiet;

[ThreadLocalSlot]
public sealed partial class WeightTable
{
    private readonly ImmutableArray<int> _weights = ImmutableArray<int>.Empty;

    public WeightTable() { }

    private WeightTable(ImmutableArray<int> weights) => _weights = weights;

    public int this[int index]
    {
        get => _weights[index];
        
    }

    public WeightTable With(int index, int weight) => new(_weights.SetItem(index, weight));
}
