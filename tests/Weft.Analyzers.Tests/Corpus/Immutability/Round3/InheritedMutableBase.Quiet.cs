// Round 3. The base class holds an ImmutableArray behind a get-only property: the inherited member is immutable.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Round3.InheritedMutableBase;

public class TableBase
{
    public ImmutableArray<string> Names { get; init; } = ImmutableArray<string>.Empty;
}

[ThreadLocalSlot]
public sealed partial class ClusterTable : TableBase
{
    public int Version { get; init; }
}
