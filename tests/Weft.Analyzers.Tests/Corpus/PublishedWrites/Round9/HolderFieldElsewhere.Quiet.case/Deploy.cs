using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.PublishedWrites.R9.HolderFieldElsewhere;

public static class Deploy
{
    public static void Commit(Slot<List<string>> slot, Staging staging, string marker)
    {
        slot.Publish(staging.Pending.ToList());
        staging.Pending.Add(marker);
    }
}
