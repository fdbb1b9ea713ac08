// The publishing branch is meant to end the method but has no `return`: on that path the Add below runs after the
// publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.EarlyReturnPath;

public static class Gate
{
    public static void Apply(Slot<List<string>> slot, List<string> names, bool ready)
    {
        if (ready)
        {
            slot.Publish(names);
        }

        names.Add("pending"); // expect: WEFT0002
        slot.Publish(names);
    }
}
