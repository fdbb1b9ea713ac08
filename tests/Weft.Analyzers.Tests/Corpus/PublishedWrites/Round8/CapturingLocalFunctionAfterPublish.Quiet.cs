// Twin: called before the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.CapturingLocalFunctionAfterPublishQuiet;

public static class Upstreams
{
    public static void Publish(Slot<List<string>> slot, string fallback)
    {
        var hosts = new List<string> { "10.0.0.1" };
        void AddFallback() => hosts.Add(fallback);
        AddFallback();
        slot.Publish(hosts);
    }
}
