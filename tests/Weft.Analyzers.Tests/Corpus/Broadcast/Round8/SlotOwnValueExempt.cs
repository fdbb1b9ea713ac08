// WEFT0002 (not WEFT0007): the same slot's own value, sorted after the publish.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Broadcast.R8.SlotOwnValueExemptDefect;

public static class Upstreams
{
    public static async Task PublishAsync(Slot<List<string>> slot, IEnumerable<string> hosts)
    {
        var list = new List<string>(hosts);
        await slot.PublishAsync(list);
        list.Sort(); // expect: WEFT0002
    }
}
