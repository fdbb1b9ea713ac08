// WEFT0001: a snapshot type nested in a partial readonly struct holds a SortedDictionary.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.NestedInStruct;

public readonly partial struct Holder
{
    [ThreadLocalSlot]
    public sealed partial class Table
    {
        public SortedDictionary<string, int> Order { get; init; } = new(); // expect: WEFT0001 "Order"
    }
}
