// Round 2. CollectionsMarshal.SetCount truncates the published list in place.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Views.Round2.SetCount;

public static class Recent
{
    public static void Publish(Slot<List<string>> slot, List<string> recent, int keep)
    {
        slot.Publish(recent);
        if (recent.Count > keep)
        {
            CollectionsMarshal.SetCount(recent, keep); // expect: WEFT0002
        }
    }
}
