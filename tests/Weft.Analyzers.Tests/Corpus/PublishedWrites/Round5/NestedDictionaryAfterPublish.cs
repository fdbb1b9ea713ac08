// WEFT0002: a published Dictionary<string, List<int>>; after the publish the inner lists are written through
// TryGetValue's out variable, an indexer chain, and a foreach over Values.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.NestedDictionaryAfterPublish;

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Dictionary<string, List<int>>>();
        var byZone = new Dictionary<string, List<int>> { ["eu"] = new() { 1 }, ["us"] = new() { 2 } };
        slot.Publish(byZone);
        if (byZone.TryGetValue("eu", out var eu))
        {
            eu.Add(3); // expect: WEFT0002
        }

        byZone["us"][0] = 4; // expect: WEFT0002
        foreach (var zone in byZone.Values)
        {
            zone.Clear(); // expect: WEFT0002
        }
    }
}
