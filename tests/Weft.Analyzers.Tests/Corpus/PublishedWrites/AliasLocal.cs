// An alias taken before the publish is written after it.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.Alias;

public static class Hosts
{
    public static async Task PublishAsync(Slot<HashSet<string>> slot, IEnumerable<string> names)
    {
        HashSet<string> known = new(names);
        var pending = known;
        await slot.PublishAsync(known);
        pending.Add("localhost"); // expect: WEFT0002
    }
}
