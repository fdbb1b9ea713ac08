// Quiet twin of StaticGeneric: a static generic helper class without the attribute, and a closed per-worker slot.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.StaticGeneric;

public static class Pool<T>
{
    public static readonly int Size = 16;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BufferPool
{
    private readonly Stack<byte[]> _free = new();
}
