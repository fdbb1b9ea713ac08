using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Corpus.Broadcast.R9.UserPublishedWrapperElsewhere;

public static class Rollout
{
    public static Task DrainZoneAsync(Fleet fleet, IEnumerable<string> hosts, string zone)
    {
        var inZone = hosts.Where(h => h.EndsWith(zone, System.StringComparison.Ordinal)).ToHashSet();
        return fleet.DrainAsync(inZone); // expect: WEFT0007
    }
}
