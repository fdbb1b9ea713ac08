// WEFT0108: a generic [WorkerUpdate] method with a constraint.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus6a.UpdateGenericMethod;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Registry
{
    private readonly List<object> _items = new();

    [WorkerUpdate] public void Add<T>(T item) where T : class => _items.Add(item); // expect: WEFT0108 "Add"
}
