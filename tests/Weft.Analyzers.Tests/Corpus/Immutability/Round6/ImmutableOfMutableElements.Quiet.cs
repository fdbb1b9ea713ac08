// Quiet twin of ImmutableOfMutableElements: the element type's field is readonly.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableOfMutableElements;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<Entry> Entries { get; init; } = ImmutableArray<Entry>.Empty;

    public sealed class Entry
    {
        public readonly int Weight;

        public Entry(int weight) => Weight = weight;
    }
}
