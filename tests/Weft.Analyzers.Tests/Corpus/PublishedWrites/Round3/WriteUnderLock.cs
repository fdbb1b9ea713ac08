// Round 3. The write after publishing is under a lock: the workers that read the list never take it, so it still races them.
using System.Collections.Generic;
using Weft.Slots;
using Weft;

namespace Corpus.PublishedWrites.Round3.WriteUnderLock;

public sealed class Registry
{
    private readonly object _gate = new();

    public void Add(Slot<List<string>> slot, List<string> names, string extra)
    {
        slot.Publish(names);
        lock (_gate)
        {
            names.Add(extra); // expect: WEFT0002 "names"
        }
    }
}
