// Rebalancing by posting this worker's queue to a neighbouring worker: the neighbour drains a queue it does not own.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.OtherWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkQueue
{
    public Queue<string> Items { get; } = new();
}

public static class Rebalancer
{
    public static void ShareWith(Dispatcher neighbour)
    {
        var queue = WorkQueue.Current;
        if (queue.Items.Count > 100)
        {
            neighbour.Post(() => queue.Items.Dequeue()); // expect: WEFT0004
        }
    }
}
