// Twin: the lists are cleared before the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.ForeachDeconstructAfterPublishQuiet;

public static class Pools
{
    public static void Publish(Slot<Dictionary<string, List<int>>> slot, Dictionary<string, List<int>> ports)
    {
        foreach (var (host, list) in ports)
        {
            list.Clear();
        }

        slot.Publish(ports);
    }
}
