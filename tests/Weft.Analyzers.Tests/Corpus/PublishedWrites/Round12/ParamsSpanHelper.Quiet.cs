// C# 13 `params ReadOnlySpan<T>` helper that clears each list it is given: called with the scratch list only.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R12.ParamsSpanHelperQuiet;

public static class Lists
{
    public static void ClearAll(params ReadOnlySpan<List<string>> lists)
    {
        foreach (var list in lists)
        {
            list.Clear();
        }
    }
}

public static class Sessions
{
    public static void Publish(Slot<List<string>> slot, List<string> scratch)
    {
        var active = new List<string> { "a" };
        slot.Publish(active);
        Lists.ClearAll(scratch);
    }
}
