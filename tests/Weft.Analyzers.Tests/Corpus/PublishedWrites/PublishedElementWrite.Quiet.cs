// The drain flag is set while the list is still private, then the list is published.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.Element;

public sealed class Server
{
    public string Address { get; set; } = "";
    public bool Draining { get; set; }
}

public static class Fleet
{
    public static async Task DrainAsync(Slot<List<Server>> slot, List<Server> servers, string address)
    {
        foreach (var server in servers)
        {
            if (server.Address == address)
            {
                server.Draining = true;
            }
        }

        await slot.PublishAsync(servers);
    }
}
