// Round 3. The list is built afresh inside the loop body: what each iteration publishes is never written again.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Flow.Round3.PublishInLoopReusedList;

public static class Batches
{
    public static void Stream(WorkerPool pool, IEnumerable<string> lines)
    {
        Slot<List<string>> slot = pool.AllocateSlot<List<string>>();
        foreach (var line in lines)
        {
            var batch = new List<string>();
            batch.Add(line);
            slot.Publish(batch);
        }
    }
}
