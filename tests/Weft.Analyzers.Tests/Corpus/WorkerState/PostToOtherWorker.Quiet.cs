// Rebalancing by taking the items out on the owner and posting the items (strings) to the neighbour, which adds
// them to its own queue.
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
            string[] moved = [queue.Items.Dequeue(), queue.Items.Dequeue()];
            neighbour.Post(items =>
            {
                foreach (var item in items)
                {
                    WorkQueue.Current.Items.Enqueue(item);
                }
            }, moved);
        }
    }
}
