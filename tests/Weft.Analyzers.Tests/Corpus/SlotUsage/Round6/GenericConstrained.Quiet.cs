// Quiet twin of GenericConstrained: one closed per-worker type, holding a generic dictionary (a generic member is
// not a generic type).
using System.Collections.Generic;
using Weft;

namespace Corpus6a.GenericConstrained;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    private readonly Dictionary<string, int> _items = new();

    public TValue Pick<TValue>(TValue fallback) => fallback;
}
