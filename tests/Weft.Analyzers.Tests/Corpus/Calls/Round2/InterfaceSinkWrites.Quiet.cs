// Round 2. The interface's only implementation reads the list it is given; calling it on the published list is fine.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.InterfaceSink;

public interface IHostFilter
{
    int CountLocal(List<string> hosts);
}

public sealed class LocalCounter : IHostFilter
{
    public int CountLocal(List<string> hosts) => hosts.FindAll(h => h.StartsWith("127.", System.StringComparison.Ordinal)).Count;
}

public sealed class HostPublisher(Slot<List<string>> slot, IHostFilter filter)
{
    public int Publish(IEnumerable<string> discovered)
    {
        var hosts = new List<string>(discovered);
        slot.Publish(hosts);
        return filter.CountLocal(hosts);
    }
}
