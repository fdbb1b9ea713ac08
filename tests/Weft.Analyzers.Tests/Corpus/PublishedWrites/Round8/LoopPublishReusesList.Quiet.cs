// Twin: a new list per round.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.LoopPublishReusesListQuiet;

public static class DnsRefresher
{
    public static async Task RunAsync(Slot<List<string>> slot, IEnumerable<string[]> rounds)
    {
        foreach (var round in rounds)
        {
            var addresses = new List<string>();
            addresses.AddRange(round);
            await slot.PublishAsync(addresses);
        }
    }
}
