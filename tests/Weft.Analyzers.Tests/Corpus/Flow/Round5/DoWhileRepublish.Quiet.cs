// Quiet twin of DoWhileRepublish: every pass starts from a new list (a copy of the last batch), so the write never
// reaches what an earlier pass published.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.DoWhileRepublishQuiet;

public static class Publisher
{
    public static void Run(WorkerPool pool, Queue<string> incoming)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var last = new List<string>();
        do
        {
            var batch = new List<string>(last);
            batch.Add(incoming.Dequeue());
            slot.Publish(batch);
            last = batch;
        }
        while (incoming.Count > 0);
    }
}
