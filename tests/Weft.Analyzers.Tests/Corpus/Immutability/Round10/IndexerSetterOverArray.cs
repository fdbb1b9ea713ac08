// A user indexer on the snapshot: it has a setter that swaps the backing array (a writable field and a settable
// indexer: both reported; the indexer, like a property, on its declaration).
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

namespace Corpus.Immutability.Round10.IndexerSetterOverArray;

[ThreadLocalSlot]
public sealed partial class WeightTable
{
    private ImmutableArray<int> _weights = ImmutableArray<int>.Empty; // expect: WEFT0001

    public WeightTable() { }

    private WeightTable(ImmutableArray<int> weights) => _weights = weights;

    public int this[int index] // expect: WEFT0001
    {
        get => _weights[index];
        set => _weights = _weights.SetItem(index, value);
    }

    public WeightTable With(int index, int weight) => new(_weights.SetItem(index, weight));
}
