// A helper with a `params` array parameter sorts what it is given; called with a published array as the single
// argument, `params` passes that very array (no copy). Reading taken: reported at the call (the helper writes its
// parameter; the call is what hands it the published array) or in the helper (#escape).
using System;
using Weft.Slots;

namespace Corpus.R11.ParamsArrayHelper;

public static class Order
{
    private static void SortAll(params string[] names) => Array.Sort(names); // expect: WEFT0002 #escape

    public static void Publish(Slot<string[]> slot)
    {
        string[] names = ["b", "a"];
        slot.Publish(names);
        SortAll(names); // expect: WEFT0002 #escape
    }
}
