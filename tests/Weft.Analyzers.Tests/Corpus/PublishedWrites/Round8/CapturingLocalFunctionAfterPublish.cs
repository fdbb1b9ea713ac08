// WEFT0002: a local function that captures the list and adds to it, called after the publish.
// Reported at the write inside the local function or at its call (the docs do not say which): #escape.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.CapturingLocalFunctionAfterPublish;

public static class Upstreams
{
    public static void Publish(Slot<List<string>> slot, string fallback)
    {
        var hosts = new List<string> { "10.0.0.1" };
        void AddFallback() => hosts.Add(fallback); // expect: WEFT0002 #escape
        slot.Publish(hosts);
        AddFallback(); // expect: WEFT0002 #escape
    }
}
