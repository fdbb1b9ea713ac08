// Quiet twin of ReapDeadEntitiesList: ids go into a ConcurrentQueue.
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ReapDeadEntitiesList;

public sealed class Mob
{
    public required int Id { get; init; }
    public int Health { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MobTable
{
    private readonly Dictionary<int, Mob> _mobs = new();

    public void Add(Mob mob) => _mobs[mob.Id] = mob;

    public int[] ReapDead()
    {
        int[] dead = _mobs.Values.Where(m => m.Health <= 0).Select(m => m.Id).ToArray();
        foreach (int id in dead) _mobs.Remove(id);
        return dead;
    }
}

public sealed class Reaper
{
    public async Task<IReadOnlyCollection<int>> ReapAsync(WorkerPool pool)
    {
        var dead = new ConcurrentQueue<int>();
        await MobTable.UpdateAllAsync(pool, table =>
        {
            foreach (int id in table.ReapDead()) dead.Enqueue(id);
        });
        return dead;
    }
}
