// Twin: the local function runs before the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.StaticLocalFunctionWritesQuiet;

public static class Blocklist
{
    public static void Publish(Slot<HashSet<string>> slot, HashSet<string> blocked, string extra)
    {
        Append(blocked, extra);
        slot.Publish(blocked);

        static void Append(HashSet<string> set, string host) => set.Add(host.ToLowerInvariant());
    }
}
