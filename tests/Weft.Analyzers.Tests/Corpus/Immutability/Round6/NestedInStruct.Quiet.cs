// Quiet twin of NestedInStruct: an ImmutableSortedDictionary.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.NestedInStruct;

public readonly partial struct Holder
{
    [ThreadLocalSlot]
    public sealed partial class Table
    {
        public ImmutableSortedDictionary<string, int> Order { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
    }
}
