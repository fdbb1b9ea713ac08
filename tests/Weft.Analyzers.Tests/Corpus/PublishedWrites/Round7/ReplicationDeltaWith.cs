// Game replication: main publishes the world delta of a tick, then carries it into the next tick with a `with` copy
// and removes despawned entities from the carry. The `with` copy is shallow: Positions is the published dictionary.
// The page counts "a call of your method that writes it" as the write, so the call and the helper's write are #escape.
// Twin: the carry gets its own dictionary.
using System.Collections.Generic;
using System.Numerics;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ReplicationDeltaWith;

public sealed record WorldDelta(long Tick, Dictionary<int, Vector3> Positions, IReadOnlyList<int> Despawned);

public sealed class DeltaReplicator
{
    private readonly Slot<WorldDelta> _slot;
    private WorldDelta _carry = new(0, new Dictionary<int, Vector3>(), new List<int>());

    public DeltaReplicator(WorkerPool pool) => _slot = pool.AllocateSlot<WorldDelta>();

    public async Task EndTickAsync(IEnumerable<(int Id, Vector3 Position)> moved, IReadOnlyList<int> despawned)
    {
        var positions = new Dictionary<int, Vector3>(_carry.Positions);
        foreach (var (id, position) in moved) positions[id] = position;

        var delta = new WorldDelta(_carry.Tick + 1, positions, despawned);
        await _slot.PublishAsync(delta);

        _carry = Carry(delta); // expect: WEFT0002 #escape
    }

    private static WorldDelta Carry(WorldDelta published)
    {
        var next = published with { Despawned = new List<int>() };
        foreach (int id in published.Despawned)
        {
            next.Positions.Remove(id); // expect: WEFT0002 #escape
        }

        return next;
    }
}
