// Twin: the later addition goes into a second collection expression (a new list).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.CollectionExpressionPublishedQuiet;

public static class Seeds
{
    public static List<string> Publish(Slot<List<string>> slot, string[] seed, string local)
    {
        List<string> hosts = [.. seed, "127.0.0.1"];
        slot.Publish(hosts);
        List<string> mine = [.. hosts, local];
        mine.Add("::1");
        return mine;
    }
}
