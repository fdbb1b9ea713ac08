// Round 2. A filter behind an interface (one implementation in the compilation) prunes the list it is given; it is
// handed the list that was just published. Reported at the call, as for other helpers (see Calls/HelperWritesParameter).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.InterfaceSink;

public interface IHostFilter
{
    void Apply(List<string> hosts);
}

public sealed class DropLocalhost : IHostFilter
{
    public void Apply(List<string> hosts) => hosts.RemoveAll(h => h.StartsWith("127.", System.StringComparison.Ordinal));
}

public sealed class HostPublisher(Slot<List<string>> slot, IHostFilter filter)
{
    public void Publish(IEnumerable<string> discovered)
    {
        var hosts = new List<string>(discovered);
        slot.Publish(hosts);
        filter.Apply(hosts); // expect: WEFT0002
    }
}
