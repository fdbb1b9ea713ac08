// A [WorkerUpdate] takes a KeyValuePair whose value is a List: the pair is copied, the list inside it is the one
// object every worker receives.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.KeyValuePairArgument;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Zones
{
    private readonly Dictionary<string, IReadOnlyList<string>> _byZone = new();

    [WorkerUpdate]
    private void SetZone(KeyValuePair<string, List<string>> zone) => _byZone[zone.Key] = zone.Value;
}

public static class Sync
{
    public static Task Push(WorkerPool pool, string zone, List<string> hosts) =>
        Zones.SetZoneOnAllWorkersAsync(pool, new KeyValuePair<string, List<string>>(zone, hosts)); // expect: WEFT0007
}
