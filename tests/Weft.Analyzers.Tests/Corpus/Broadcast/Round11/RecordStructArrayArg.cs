// A positional readonly record struct carrying a string[] is broadcast with a generated …OnAllWorkersAsync: the
// struct is copied, the array in it is one object for every worker.
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.RecordStructArrayArg;

public readonly record struct ZoneChange(string Zone, string[] Hosts);

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
        Zones.ApplyOnAllWorkersAsync(pool, new ZoneChange(zone, hosts)); // expect: WEFT0007
}
