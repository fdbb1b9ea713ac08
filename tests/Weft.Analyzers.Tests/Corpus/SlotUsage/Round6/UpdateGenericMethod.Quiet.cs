// Quiet twin of UpdateGenericMethod: a non-generic update taking object; a generic helper without the attribute.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.UpdateGenericMethod;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Registry
{
    private readonly List<object> _items = new();

    [WorkerUpdate] public void Add(object item) => _items.Add(item);

    public int CountOf<T>() => _items.FindAll(i => i is T).Count;
}
