using System.Collections.Generic;
using Weft;

namespace Corpus.SlotUsage.ReturnsValue;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Queue
{
    private readonly List<string> _items = new();

    [WorkerUpdate] private int Count() => _items.Count; // expect: WEFT0107
}
