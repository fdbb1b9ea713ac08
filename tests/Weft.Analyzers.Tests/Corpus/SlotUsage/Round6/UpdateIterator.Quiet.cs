// Quiet twin of UpdateIterator: the update empties the queue and returns nothing.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.UpdateIterator;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    private readonly Queue<string> _queue = new();

    [WorkerUpdate]
    public void Drain()
    {
        _queue.Clear();
    }
}
