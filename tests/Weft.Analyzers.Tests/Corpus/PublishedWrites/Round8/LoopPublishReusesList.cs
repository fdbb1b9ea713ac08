// WEFT0002: a DNS refresher publishes the same list on every round; the Add above the publish runs again
// after the first round's publish (order by flow, not by text).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.LoopPublishReusesList;

public static class DnsRefresher
{
    public static async Task RunAsync(Slot<List<string>> slot, IEnumerable<string[]> rounds)
    {
        var addresses = new List<string>();
        foreach (var round in rounds)
        {
            addresses.Clear(); // expect: WEFT0002
            addresses.AddRange(round); // expect: WEFT0002
            await slot.PublishAsync(addresses);
        }
    }
}
