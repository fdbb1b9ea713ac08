// An abstract lookup with an out parameter; its override hands out the snapshot's own per-zone list, and the caller
// adds to what came out. Reading taken: an out argument is a value the helper returns.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.OutParamOfOverride;

[ThreadLocalSlot]
public sealed partial class Zones
{
    public ImmutableDictionary<string, List<string>> ByZone { get; init; } = ImmutableDictionary<string, List<string>>.Empty; // expect: WEFT0001
}

public abstract class ZoneLookup
{
    public abstract bool TryFind(string zone, out List<string> hosts);
}

public sealed class CurrentZones : ZoneLookup
{
    public override bool TryFind(string zone, out List<string> hosts)
    {
        if (Zones.Current.ByZone.TryGetValue(zone, out var found))
        {
            hosts = found;
            return true;
        }

        hosts = new List<string>();
        return false;
    }
}

public static class Placement
{
    public static void Pin(string zone, string host)
    {
        ZoneLookup lookup = new CurrentZones();
        if (lookup.TryFind(zone, out var hosts))
        {
            hosts.Insert(0, host); // expect: WEFT0003
        }
    }
}
