// WEFT0100 with the slot attribute second in a combined attribute list, written with `global::`.
using System;

namespace Corpus6a.NotPartialCombinedList;

[Serializable, global::Weft.ThreadLocalSlot]
public sealed class Limits // expect: WEFT0100 "Limits"
{
    public int MaxConnections { get; init; }
}
