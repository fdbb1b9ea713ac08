using System.Collections.Generic;
using Weft;

namespace Corpus.SlotUsage.ReturnsValue;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Queue
{
    private readonly List<string> _items = new();

    [WorkerUpdate] private void Trim() => _items.Clear();

    public int Count => _items.Count;
}
