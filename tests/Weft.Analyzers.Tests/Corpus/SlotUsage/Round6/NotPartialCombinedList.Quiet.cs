// Quiet twin of NotPartialCombinedList: same combined list, partial type.
using System;

namespace Corpus6a.NotPartialCombinedList;

[Serializable, global::Weft.ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxConnections { get; init; }
}
