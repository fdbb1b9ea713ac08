// WEFT0001: an ImmutableArray of a nested element type with a writable field ("an immutable collection of mutable
// elements").
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableOfMutableElements;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<Entry> Entries { get; init; } = ImmutableArray<Entry>.Empty; // expect: WEFT0001 "Entries"

    public sealed class Entry
    {
        public int Weight;
    }
}
