// WEFT0002: M5's form for WEFT0002: the published list is kept in a field; another method loads it with
// Volatile.Read and appends.
using System.Collections.Generic;
using System.Threading;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.VolatileReadOfPublishedField;

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
        var current = Volatile.Read(ref _current);
        current.Add(host); // expect: WEFT0002
    }
}
