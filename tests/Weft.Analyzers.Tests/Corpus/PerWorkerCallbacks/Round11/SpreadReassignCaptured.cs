// A callback run on every thread reassigns a captured list with a collection-expression spread: each thread reads and
// replaces the same captured variable, and updates are lost.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.SpreadReassignCaptured;

public static class Sizes
{
    public static List<int> Collect(Slot<Queue<string>> slot)
    {
        List<int> sizes = [];
        slot.RunOnAllThreads(queue => sizes = [.. sizes, queue.Count]); // expect: WEFT0008
        return sizes;
    }
}
