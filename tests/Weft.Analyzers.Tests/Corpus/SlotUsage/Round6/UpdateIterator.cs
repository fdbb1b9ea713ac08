// WEFT0107: an iterator [WorkerUpdate] method (`yield return`) returns an IEnumerable<string>.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.UpdateIterator;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    private readonly Queue<string> _queue = new();

    [WorkerUpdate]
    public IEnumerable<string> Drain() // expect: WEFT0107 "Drain"
    {
        while (_queue.Count > 0)
        {
            yield return _queue.Dequeue();
        }
    }
}
