// Round 2. The list is truncated with CollectionsMarshal.SetCount before it is published.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Views.Round2.SetCount;

public static class Recent
{
    public static void Publish(Slot<List<string>> slot, List<string> recent, int keep)
    {
        if (recent.Count > keep)
        {
            CollectionsMarshal.SetCount(recent, keep);
        }

        slot.Publish(recent);
    }
}
