// WEFT0002: a do/while loop fills the same object and publishes it on every pass; from the second pass the write at
// the top of the body changes what the previous pass published (the write is above the publish in text).
using System.Collections.Generic;
using Weft;

namespace Corpus5a.DoWhileRepublish;

public static class Publisher
{
    public static void Run(WorkerPool pool, Queue<string> incoming)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var batch = new List<string>();
        do
        {
            batch.Add(incoming.Dequeue()); // expect: WEFT0002
            slot.Publish(batch);
        }
        while (incoming.Count > 0);
    }
}
