// The quiet twin: the trim runs before the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.DefaultInterfaceMethodWritesQuiet;

public interface ITrimmer
{
    int Limit { get; }

    void Trim(List<string> hosts)
    {
        if (hosts.Count > Limit)
        {
            hosts.RemoveRange(Limit, hosts.Count - Limit);
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
        trimmer.Trim(hosts);
        slot.Publish(hosts);
    }
}
