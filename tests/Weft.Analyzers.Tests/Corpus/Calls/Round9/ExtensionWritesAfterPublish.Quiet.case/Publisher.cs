using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.Calls.R9.ExtensionWritesAfterPublish;

public sealed class Publisher(Slot<List<string>> slot)
{
    public void Reload(IEnumerable<string> source)
    {
        List<string> hosts = source.Where(h => h.Length > 0).Distinct().ToList();
        hosts.EnsureLoopback();
        slot.Publish(hosts);
    }
}
