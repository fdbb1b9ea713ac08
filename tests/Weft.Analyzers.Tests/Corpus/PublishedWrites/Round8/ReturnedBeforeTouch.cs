// WEFT0002: the publish is on the rare path, and the write after it runs on that path too.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.ReturnedBeforeTouch;

public sealed class FlagService(Slot<Dictionary<string, bool>> slot)
{
    public void Load(Dictionary<string, bool> flags, bool emergency)
    {
        if (emergency)
        {
            slot.Publish(flags);
        }

        flags["loaded"] = true; // expect: WEFT0002
        if (!emergency)
        {
            slot.Publish(flags);
        }
    }
}
