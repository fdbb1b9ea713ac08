// Quiet twin of AiWanderStaticRandom: Random.Shared is thread-safe.
using System;
using System.Collections.Generic;
using System.Numerics;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.AiWanderStaticRandom;

public sealed class Npc
{
    public Vector2 Position { get; set; }
    public Vector2 Heading { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BehaviourTree
{
    private static readonly Random s_rng = new(1234);
    private readonly List<Npc> _npcs = new();

    public void Add(Npc npc) => _npcs.Add(npc);

    public void Tick(float dt)
    {
        foreach (Npc npc in _npcs)
        {
            if (npc.Heading == Vector2.Zero || Chance(0.05)) npc.Heading = Wander();
            npc.Position += npc.Heading * dt;
        }
    }

    private static bool Chance(double p) => Random.Shared.NextDouble() < p;

    private static Vector2 Wander()
    {
        double angle = Random.Shared.NextDouble() * Math.PI * 2;
        return new Vector2((float)Math.Cos(angle), (float)Math.Sin(angle));
    }
}
