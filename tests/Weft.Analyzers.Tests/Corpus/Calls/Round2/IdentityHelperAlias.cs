// Round 2. A helper that validates and returns its argument: what it returns is the published list itself.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.Identity;

public static class Upstreams
{
    public static void Publish(Slot<List<string>> slot, List<string> upstreams)
    {
        slot.Publish(upstreams);
        var checkedList = EnsureNotEmpty(upstreams);
        checkedList.Add("fallback:80"); // expect: WEFT0002
    }

    private static List<string> EnsureNotEmpty(List<string> list)
    {
        if (list.Count == 0)
        {
            throw new ArgumentException("no upstreams", nameof(list));
        }

        return list;
    }
}
