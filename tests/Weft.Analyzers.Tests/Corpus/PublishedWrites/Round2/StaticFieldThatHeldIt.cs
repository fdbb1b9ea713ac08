// Round 2. A static field of the type held the published set; a static method adds to it later.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.StaticHeld;

public static class Denylist
{
    private static HashSet<string> s_current = new();

    public static void Publish(Slot<HashSet<string>> slot, HashSet<string> denied)
    {
        s_current = denied;
        slot.Publish(denied);
    }

    public static void Deny(string address) => s_current.Add(address); // expect: WEFT0002
}
