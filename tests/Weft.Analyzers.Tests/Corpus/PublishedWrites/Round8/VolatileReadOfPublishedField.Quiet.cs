// Twin: Add builds a new list from the loaded one and publishes that.
using System.Collections.Generic;
using System.Threading;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.VolatileReadOfPublishedFieldQuiet;

public sealed class HostPublisher(Slot<List<string>> slot)
{
    private List<string> _current = new();

    public void Publish(List<string> hosts)
    {
        Volatile.Write(ref _current, hosts);
        slot.Publish(hosts);
    }

    public void Add(string host)
    {
        var next = new List<string>(Volatile.Read(ref _current)) { host };
        Publish(next);
    }
}
