// Round 2. The extension method returns a new list built from the snapshot's immutable one; appending to it is fine.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Calls.Round2.ExtensionReturn;

[ThreadLocalSlot]
public sealed partial class Topology
{
    public ImmutableArray<string> Zones { get; init; }
}

public static class TopologyExtensions
{
    public static List<string> ZoneList(this Topology topology) => new(topology.Zones);
}

public static class ZoneTracker
{
    public static List<string> Observe(string zone)
    {
        var zones = Topology.Current.ZoneList();
        if (!zones.Contains(zone))
        {
            zones.Add(zone);
        }

        return zones;
    }
}
