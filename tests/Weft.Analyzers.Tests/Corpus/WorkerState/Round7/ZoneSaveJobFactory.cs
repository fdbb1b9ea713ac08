// Game server: a zone save is described by a SaveJob built with a static factory method that keeps the worker's
// live entity list; the job's Run method group is then handed to Task.Run. The job carries the worker state (a helper
// that puts its argument into the object it returns). Twin: the factory snapshots the entities into value rows.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ZoneSaveJobFactory;

public sealed class ZoneEntity
{
    public required int Id { get; init; }
    public int Hp { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ZoneState
{
    public List<ZoneEntity> Entities { get; } = new();
    public string Zone { get; set; } = "";
}

public sealed class SaveJob
{
    private readonly string _zone;
    private readonly IReadOnlyList<ZoneEntity> _entities;

    private SaveJob(string zone, IReadOnlyList<ZoneEntity> entities)
    {
        _zone = zone;
        _entities = entities;
    }

    public static SaveJob For(ZoneState state) => new(state.Zone, state.Entities);

    public int Run() => _entities.Sum(e => e.Hp) + _zone.Length;
}

public sealed class ZoneSaver
{
    public Task<int> SaveAsync()
    {
        SaveJob job = SaveJob.For(ZoneState.Current);
        return Task.Run(job.Run); // expect: WEFT0004
    }

    public static bool IsEmpty(ZoneState state) => state.Entities.Count == 0;
}
