// Round 2. CollectionsMarshal.AsSpan(...).Slice is a view over the published list's storage, unlike GetRange.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Views.Round2.GetRange;

public static class Canary
{
    public static void Publish(Slot<List<string>> slot, List<string> hosts)
    {
        slot.Publish(hosts);
        var canaries = CollectionsMarshal.AsSpan(hosts).Slice(0, 1);
        canaries[0] = "canary.internal"; // expect: WEFT0002
    }
}
