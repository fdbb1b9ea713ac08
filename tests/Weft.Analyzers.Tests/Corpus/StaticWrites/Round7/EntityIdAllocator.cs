// Game server: entity ids must be unique across workers, so the per-worker entity store takes them from a static
// counter — with a pre-increment inside its own Spawn member (worker code: a member of a per-worker slot type). Two
// workers spawning at once get the same id. One-token-ish twin: Interlocked.Increment.
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
        int id = ++s_nextId; // expect: WEFT0006
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
