// Round 2. List.GetRange and List.Slice copy (unlike span slices): the copy may be written after the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Views.Round2.GetRange;

public static class Canary
{
    public static List<string> Publish(Slot<List<string>> slot, List<string> hosts)
    {
        slot.Publish(hosts);
        var canaries = hosts.GetRange(0, 1);
        canaries.Add("canary.internal");
        var rest = hosts.Slice(1, hosts.Count - 1);
        rest.Clear();
        return canaries;
    }
}
