// Round 2. An extension method hands out the snapshot's own list; the caller appends to it on a worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.Calls.Round2.ExtensionReturn;

[ThreadLocalSlot]
public sealed partial class Topology
{
    public List<string> Zones { get; init; } = new(); // expect: WEFT0001
}

public static class TopologyExtensions
{
    public static List<string> ZoneList(this Topology topology) => topology.Zones;
}

public static class ZoneTracker
{
    public static void Observe(string zone)
    {
        var zones = Topology.Current.ZoneList();
        if (!zones.Contains(zone))
        {
            zones.Add(zone); // expect: WEFT0003
        }
    }
}
