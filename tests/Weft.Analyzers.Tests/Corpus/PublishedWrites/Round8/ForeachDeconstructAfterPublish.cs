// WEFT0002: after publishing a dictionary of lists, `foreach (var (name, list) in …)` clears each list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.ForeachDeconstructAfterPublish;

public static class Pools
{
    public static void Publish(Slot<Dictionary<string, List<int>>> slot, Dictionary<string, List<int>> ports)
    {
        slot.Publish(ports);
        foreach (var (host, list) in ports)
        {
            list.Clear(); // expect: WEFT0002
        }
    }
}
