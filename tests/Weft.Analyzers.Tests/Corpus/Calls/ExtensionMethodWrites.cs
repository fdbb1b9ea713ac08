// An extension method that sorts in place, called on the published list.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Calls.Extension;

public static class ListExtensions
{
    public static void Normalize(this List<string> hosts)
    {
        for (int i = 0; i < hosts.Count; i++)
        {
            hosts[i] = hosts[i].Trim().ToLowerInvariant();
        }
    }
}

public static class HostPublisher
{
    public static async Task PublishAsync(Slot<List<string>> slot, IEnumerable<string> raw)
    {
        var hosts = new List<string>(raw);
        await slot.PublishAsync(hosts);
        hosts.Normalize(); // expect: WEFT0002
    }
}
