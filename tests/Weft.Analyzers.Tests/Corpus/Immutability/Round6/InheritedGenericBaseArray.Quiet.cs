// Quiet twin of InheritedGenericBaseArray: the generic base holds ImmutableArray<T>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.InheritedGenericBaseArray;

public class Table<T>
{
    public ImmutableArray<T> Items { get; init; } = ImmutableArray<T>.Empty;
}

[ThreadLocalSlot]
public sealed partial class Ports : Table<int>
{
}
