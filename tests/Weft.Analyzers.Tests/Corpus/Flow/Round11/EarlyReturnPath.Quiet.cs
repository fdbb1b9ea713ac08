// A write below a publish that only a returning path reaches: on the path that gets to the write nothing was
// published, and on the path that published the method returned. Flow order, not text order.
// Quiet twin of EarlyReturnPath: the publishing branch returns.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.EarlyReturnPathQuiet;

public static class Gate
{
    public static void Apply(Slot<List<string>> slot, List<string> names, bool ready)
    {
        if (ready)
        {
            slot.Publish(names);
            return;
        }

        names.Add("pending");
        slot.Publish(names);
    }
}
