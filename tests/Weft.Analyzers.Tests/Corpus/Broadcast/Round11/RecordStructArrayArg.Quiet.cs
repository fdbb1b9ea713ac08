// Quiet twin: the record struct carries an ImmutableArray.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.RecordStructArrayArgQuiet;

public readonly record struct ZoneChange(string Zone, ImmutableArray<string> Hosts);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Zones
{
    private string _zone = "";

    [WorkerUpdate]
    private void Apply(ZoneChange change) => _zone = change.Zone;
}

public static class Admin
{
    public static Task Move(WorkerPool pool, string zone, string[] hosts) =>
        Zones.ApplyOnAllWorkersAsync(pool, new ZoneChange(zone, [.. hosts]));
}
