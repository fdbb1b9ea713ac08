// Round 2. The inner lists of a published dictionary are part of what was published.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.NestedMap;

public static class Pools
{
    public static void Publish(Slot<Dictionary<string, List<string>>> slot, Dictionary<string, List<string>> pools, string extra)
    {
        slot.Publish(pools);
        pools["default"].Add(extra); // expect: WEFT0002
    }
}
