// Quiet: a Slot<List<string>>'s own value is judged where the slot is declared, not by WEFT0007; the list is
// built whole and never written after the publish.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Broadcast.R8.SlotOwnValueExempt;

public static class Upstreams
{
    public static Task PublishAsync(Slot<List<string>> slot, IEnumerable<string> hosts)
    {
        var list = new List<string>(hosts);
        list.Sort();
        return slot.PublishAsync(list);
    }
}
