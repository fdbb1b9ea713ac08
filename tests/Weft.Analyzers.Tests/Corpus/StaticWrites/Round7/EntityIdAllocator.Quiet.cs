// Quiet twin of EntityIdAllocator: ids come from Interlocked.Increment on the static counter.
using System.Collections.Generic;
using System.Numerics;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.EntityIdAllocator;

public sealed class Actor
{
    public required int Id { get; init; }
    public Vector2 Position { get; set; }
    public int Health { get; set; } = 100;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ActorStore
{
    private static int s_nextId;
    private readonly Dictionary<int, Actor> _actors = new();

    public Actor Spawn(Vector2 at)
    {
        int id = Interlocked.Increment(ref s_nextId);
        var actor = new Actor { Id = id, Position = at };
        _actors.Add(id, actor);
        return actor;
    }

    public bool Despawn(int id) => _actors.Remove(id);

    public int Count => _actors.Count;

    public static int Issued => Volatile.Read(ref s_nextId);
}

public static class ActorMath
{
    public static float Distance(Actor a, Actor b) => Vector2.Distance(a.Position, b.Position);

    public static bool IsAlive(Actor actor) => actor.Health > 0;
}
