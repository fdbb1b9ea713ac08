// Round 2. The static field holds the caller's set; what is published is a copy.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.StaticHeld;

public static class Denylist
{
    private static HashSet<string> s_current = new();

    public static void Publish(Slot<HashSet<string>> slot, HashSet<string> denied)
    {
        s_current = denied;
        slot.Publish(new HashSet<string>(denied));
    }

    public static void Deny(string address) => s_current.Add(address);
}
