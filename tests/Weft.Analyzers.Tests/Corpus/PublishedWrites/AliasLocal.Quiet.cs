// The second local is a copy, not an alias: writing it after the publish is fine.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.Alias;

public static class Hosts
{
    public static async Task<HashSet<string>> PublishAsync(Slot<HashSet<string>> slot, IEnumerable<string> names)
    {
        HashSet<string> known = new(names);
        var pending = new HashSet<string>(known);
        await slot.PublishAsync(known);
        pending.Add("localhost");
        return pending;
    }
}
