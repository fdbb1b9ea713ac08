// Quiet twin: each thread enqueues into a captured ConcurrentQueue.
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.SpreadReassignCapturedQuiet;

public static class Sizes
{
    public static ConcurrentQueue<int> Collect(Slot<Queue<string>> slot)
    {
        var sizes = new ConcurrentQueue<int>();
        slot.RunOnAllThreads(queue => sizes.Enqueue(queue.Count));
        return sizes;
    }
}
