// Twin: the removal happens before the publish through the delegate.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.PublishThroughDelegateQuiet;

public static class Pools
{
    public static void Refresh(Slot<List<string>> slot, List<string> hosts)
    {
        Action<List<string>> publish = slot.Publish;
        hosts.RemoveAll(h => h.StartsWith("down:"));
        publish(hosts);
    }
}
