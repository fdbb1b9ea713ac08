// Quiet twin of WeakReferenceMember: the snapshot keeps the string and a Version (sealed, immutable BCL types).
using System;
using Weft;

namespace Corpus6a.WeakReferenceMember;

[ThreadLocalSlot]
public sealed partial class Cache
{
    public string Last { get; init; } = "none";

    public Version Schema { get; init; } = new(1, 0);
}
