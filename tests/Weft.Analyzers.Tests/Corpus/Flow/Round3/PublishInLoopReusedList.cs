// Round 3. One list is reused across iterations: from the second iteration on, Add writes the list already published
// in the previous one.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Flow.Round3.PublishInLoopReusedList;

public static class Batches
{
    public static void Stream(WorkerPool pool, IEnumerable<string> lines)
    {
        Slot<List<string>> slot = pool.AllocateSlot<List<string>>();
        var batch = new List<string>();
        foreach (var line in lines)
        {
            batch.Add(line); // expect: WEFT0002 "batch"
            slot.Publish(batch);
        }
    }
}
