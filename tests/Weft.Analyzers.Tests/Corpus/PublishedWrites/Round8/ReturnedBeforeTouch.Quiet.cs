// Twin: the emergency path returns right after its publish, so the write below it runs only before a publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.ReturnedBeforeTouchQuiet;

public sealed class FlagService(Slot<Dictionary<string, bool>> slot)
{
    public void Load(Dictionary<string, bool> flags, bool emergency)
    {
        if (emergency)
        {
            slot.Publish(flags);
            return;
        }

        flags["loaded"] = true;
        slot.Publish(flags);
    }
}
