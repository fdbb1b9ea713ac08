// Round 2. A new dictionary with a new inner list is built and published; the published one is left as it was.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.NestedMap;

public static class Pools
{
    public static void Publish(Slot<Dictionary<string, List<string>>> slot, Dictionary<string, List<string>> pools, string extra)
    {
        slot.Publish(pools);
        var next = new Dictionary<string, List<string>>(pools);
        next["default"] = new List<string>(pools["default"]) { extra };
        slot.Publish(next);
    }
}
