// Game server: each worker owns its entity table and, every 600 ticks of its dispatcher timer, saves the entities.
// The save is pushed to the thread pool with the table's live Values collection: the pool enumerates the worker's
// dictionary while the next tick moves entities. Twin: rows are copied into value records before Task.Run.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.EntityTableSaveTaskRun;

public sealed class Entity
{
    public required int Id { get; init; }
    public float X { get; set; }
    public float Y { get; set; }
}

public readonly record struct EntityRow(int Id, float X, float Y);

public interface IWorldStore
{
    Task SaveAsync(IEnumerable<EntityRow> rows);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class EntityTable
{
    public Dictionary<int, Entity> Entities { get; } = new();
    public long Tick { get; set; }
}

public sealed class TickLoop
{
    private readonly IWorldStore _store;

    public TickLoop(IWorldStore store) => _store = store;

    public void Start(Dispatcher loop)
    {
        DispatcherTimer? timer = null;
        timer = loop.CreateTimer(() =>
        {
            OnTick();
            timer!.Enable(System.TimeSpan.FromMilliseconds(50));
        });
        timer.Enable(System.TimeSpan.FromMilliseconds(50));
    }

    private void OnTick()
    {
        EntityTable table = EntityTable.Current;
        foreach (Entity e in table.Entities.Values) e.X += 0.1f;
        if (++table.Tick % 600 != 0) return;
        IEnumerable<Entity> live = table.Entities.Values;
        _ = Task.Run(() => _store.SaveAsync(live.Select(e => new EntityRow(e.Id, e.X, e.Y)))); // expect: WEFT0004
    }
}
