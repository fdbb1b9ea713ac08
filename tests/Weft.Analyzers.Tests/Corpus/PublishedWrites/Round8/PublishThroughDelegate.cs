// WEFT0002: Slot<T>.Publish taken as a method group into an Action and called through it; the list is written
// afterwards.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.PublishThroughDelegate;

public static class Pools
{
    public static void Refresh(Slot<List<string>> slot, List<string> hosts)
    {
        Action<List<string>> publish = slot.Publish;
        publish(hosts);
        hosts.RemoveAll(h => h.StartsWith("down:")); // expect: WEFT0002
    }
}
