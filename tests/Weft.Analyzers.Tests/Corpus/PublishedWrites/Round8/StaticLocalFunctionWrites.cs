// WEFT0002: a static local function that writes its parameter, called with the published list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.StaticLocalFunctionWrites;

public static class Blocklist
{
    public static void Publish(Slot<HashSet<string>> slot, HashSet<string> blocked, string extra)
    {
        slot.Publish(blocked);
        Append(blocked, extra); // expect: WEFT0002

        static void Append(HashSet<string> set, string host) => set.Add(host.ToLowerInvariant());
    }
}
