// WEFT0002: the method form of PublishThroughDelegate: the publish is behind a static helper method (separates
// "through a delegate" from "through a call").
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.PublishThroughWrapperMethod;

public static class Pools
{
    private static void Commit(Slot<List<string>> slot, List<string> hosts) => slot.Publish(hosts);

    public static void Refresh(Slot<List<string>> slot, List<string> hosts)
    {
        Commit(slot, hosts);
        hosts.RemoveAll(h => h.StartsWith("down:")); // expect: WEFT0002
    }
}
