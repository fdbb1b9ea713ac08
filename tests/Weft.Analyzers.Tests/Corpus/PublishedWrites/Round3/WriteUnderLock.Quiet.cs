// Round 3. The write under the lock happens before publishing.
using System.Collections.Generic;
using Weft.Slots;
using Weft;

namespace Corpus.PublishedWrites.Round3.WriteUnderLock;

public sealed class Registry
{
    private readonly object _gate = new();

    public void Add(Slot<List<string>> slot, List<string> names, string extra)
    {
        lock (_gate)
        {
            names.Add(extra);
        }

        slot.Publish(names);
    }
}
