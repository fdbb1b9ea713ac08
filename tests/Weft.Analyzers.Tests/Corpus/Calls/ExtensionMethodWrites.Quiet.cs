// The same extension, called before the list is published.
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

    public static int CountLocal(this List<string> hosts) => hosts.FindAll(h => h.StartsWith("127.", System.StringComparison.Ordinal)).Count;
}

public static class HostPublisher
{
    public static async Task<int> PublishAsync(Slot<List<string>> slot, IEnumerable<string> raw)
    {
        var hosts = new List<string>(raw);
        hosts.Normalize();
        await slot.PublishAsync(hosts);
        return hosts.CountLocal();
    }
}
