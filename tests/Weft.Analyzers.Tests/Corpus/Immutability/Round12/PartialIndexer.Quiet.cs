// C# 13 partial indexer with a getter only over a read-only ImmutableArray field.
using System.Collections.Immutable;
using Weft;

namespace Corpus.R12.PartialIndexerQuiet;

[ThreadLocalSlot]
public sealed partial class Weights
{
    private readonly ImmutableArray<int> _values = [1, 2, 3];

    public partial int this[int index] { get; }
}

public sealed partial class Weights
{
    public partial int this[int index] { get => _values[index]; }
}
