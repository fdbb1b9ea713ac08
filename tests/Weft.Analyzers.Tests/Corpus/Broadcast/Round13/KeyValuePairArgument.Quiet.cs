// The quiet twin: the pair's value is an ImmutableArray.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.KeyValuePairArgumentQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Zones
{
    private readonly Dictionary<string, IReadOnlyList<string>> _byZone = new();

    [WorkerUpdate]
    private void SetZone(KeyValuePair<string, ImmutableArray<string>> zone) => _byZone[zone.Key] = zone.Value;
}

public static class Sync
{
    public static Task Push(WorkerPool pool, string zone, List<string> hosts) =>
        Zones.SetZoneOnAllWorkersAsync(pool, new KeyValuePair<string, ImmutableArray<string>>(zone, hosts.ToImmutableArray()));
}
