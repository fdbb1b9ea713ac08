// A default interface method that trims the list it is given, called through the interface on a class that does not
// override it, after the list was published. Reading taken: a write inside a method of yours called with the
// published object is reported at the call or at the write (#escape: the page does not say which for a same-file body).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.DefaultInterfaceMethodWrites;

public interface ITrimmer
{
    int Limit { get; }

    void Trim(List<string> hosts)
    {
        if (hosts.Count > Limit)
        {
            hosts.RemoveRange(Limit, hosts.Count - Limit); // expect: WEFT0002 #escape
        }
    }
}

public sealed class TopFive : ITrimmer
{
    public int Limit => 5;
}

public static class Publisher
{
    public static void Publish(Slot<List<string>> slot, IEnumerable<string> ranked)
    {
        ITrimmer trimmer = new TopFive();
        var hosts = new List<string>(ranked);
        slot.Publish(hosts);
        trimmer.Trim(hosts); // expect: WEFT0002 #escape
    }
}
