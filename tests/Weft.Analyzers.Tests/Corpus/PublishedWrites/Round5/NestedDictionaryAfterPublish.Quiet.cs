// Quiet twin of NestedDictionaryAfterPublish: the same TryGetValue, indexer chain and foreach, but the inner lists are
// filled before the publish; after it the code copies an inner list and writes the copy.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus5a.NestedDictionaryAfterPublishQuiet;

public static class Publisher
{
    public static int Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Dictionary<string, List<int>>>();
        var byZone = new Dictionary<string, List<int>> { ["eu"] = new() { 1 }, ["us"] = new() { 2 } };
        if (byZone.TryGetValue("eu", out var eu))
        {
            eu.Add(3);
        }

        byZone["us"][0] = 4;
        slot.Publish(byZone);
        var mine = byZone.TryGetValue("eu", out var published) ? published.ToList() : new List<int>();
        mine.Add(5);
        int total = 0;
        foreach (var zone in byZone.Values)
        {
            total += zone.Count;
        }

        return total + mine.Count;
    }
}
