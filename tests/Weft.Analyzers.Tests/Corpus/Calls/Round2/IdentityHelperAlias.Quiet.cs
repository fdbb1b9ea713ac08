// Round 2. The helper returns a copy of its argument; appending to the copy leaves the published list alone.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.Identity;

public static class Upstreams
{
    public static List<string> Publish(Slot<List<string>> slot, List<string> upstreams)
    {
        slot.Publish(upstreams);
        var checkedList = CopyNotEmpty(upstreams);
        checkedList.Add("fallback:80");
        return checkedList;
    }

    private static List<string> CopyNotEmpty(List<string> list)
    {
        if (list.Count == 0)
        {
            throw new ArgumentException("no upstreams", nameof(list));
        }

        return new List<string>(list);
    }
}
