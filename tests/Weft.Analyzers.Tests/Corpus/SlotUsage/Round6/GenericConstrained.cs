// WEFT0103: a generic per-worker slot type with a constraint and two type parameters.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.GenericConstrained;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache<TKey, TValue> // expect: WEFT0103 "Cache"
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _items = new();
}
