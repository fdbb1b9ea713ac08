// WEFT0002: a list made by a collection expression is published, then appended to.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.CollectionExpressionPublished;

public static class Seeds
{
    public static void Publish(Slot<List<string>> slot, string[] seed, string local)
    {
        List<string> hosts = [.. seed, "127.0.0.1"];
        slot.Publish(hosts);
        hosts.Add(local); // expect: WEFT0002
    }
}
