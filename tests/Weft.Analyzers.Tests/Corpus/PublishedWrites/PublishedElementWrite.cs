// Decision: an element reached from a published collection is part of what was published (the page lists aliases
// and collections placed inside it; elements are the same reachability one level down).
// The servers inside the published list are mutable objects; draining one after the publish races the readers.
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
        await slot.PublishAsync(servers);
        foreach (var server in servers)
        {
            if (server.Address == address)
            {
                server.Draining = true; // expect: WEFT0002
            }
        }
    }
}
