// Quiet twin of EntityTableSaveTaskRun: the rows are value copies made on the worker, only they go to the pool.
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
        EntityRow[] rows = table.Entities.Values.Select(e => new EntityRow(e.Id, e.X, e.Y)).ToArray();
        _ = Task.Run(() => _store.SaveAsync(rows));
    }
}
