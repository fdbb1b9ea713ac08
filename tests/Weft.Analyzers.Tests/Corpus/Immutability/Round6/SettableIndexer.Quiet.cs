// Quiet twin of SettableIndexer: a get-only indexer over a readonly ImmutableArray<int>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.SettableIndexer;

[ThreadLocalSlot]
public sealed partial class Weights
{
    private readonly ImmutableArray<int> _items = ImmutableArray.Create(1, 2);

    public int this[int index] => _items[index];
}
