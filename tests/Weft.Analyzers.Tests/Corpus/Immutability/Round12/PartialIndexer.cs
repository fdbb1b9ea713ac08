// C# 13 partial indexer with a setter over a wrapped ImmutableArray: "an indexer with a setter is reported like a
// settable property" (the setter replaces the field every worker reads), and the field it replaces is writable.
// Reading taken: the indexer on either part (#escape).
using System.Collections.Immutable;
using Weft;

namespace Corpus.R12.PartialIndexer;

[ThreadLocalSlot]
public sealed partial class Weights
{
    private ImmutableArray<int> _values = [1, 2, 3]; // expect: WEFT0001

    public partial int this[int index] { get; set; } // expect: WEFT0001 #escape
}

public sealed partial class Weights
{
    public partial int this[int index] { get => _values[index]; set => _values = _values.SetItem(index, value); } // expect: WEFT0001 #escape
}
