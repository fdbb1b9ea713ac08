// WEFT0001: an indexer with a setter ("reported like a settable property"), writing into an immutable-looking store.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.SettableIndexer;

[ThreadLocalSlot]
public sealed partial class Weights
{
    private ImmutableArray<int> _items = ImmutableArray.Create(1, 2); // expect: WEFT0001 "_items"

    public int this[int index] // expect: WEFT0001
    {
        get => _items[index];
        set => _items = _items.SetItem(index, value);
    }
}
