// C# 13 `params ReadOnlySpan<T>` helper that clears each list it is given: called with the published list after the
// publish. Reading taken: reported at the call or inside the helper (#escape).
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R12.ParamsSpanHelper;

public static class Lists
{
    public static void ClearAll(params ReadOnlySpan<List<string>> lists)
    {
        foreach (var list in lists)
        {
            list.Clear(); // expect: WEFT0002 #escape
        }
    }
}

public static class Sessions
{
    public static void Publish(Slot<List<string>> slot, List<string> scratch)
    {
        var active = new List<string> { "a" };
        slot.Publish(active);
        Lists.ClearAll(scratch, active); // expect: WEFT0002 #escape
    }
}
