// Quiet twin of GameMetricsSingleton: both members are bumped with Interlocked.Increment.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.GameMetricsSingleton;

public sealed class GameMetrics
{
    public static GameMetrics Instance { get; } = new();

    public long Kills;
    public long Deaths;
}

public sealed class Fighter
{
    public required string Id { get; init; }
    public int Health { get; set; } = 100;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class CombatSystem
{
    private readonly Dictionary<string, Fighter> _fighters = new();

    public void Add(Fighter f) => _fighters[f.Id] = f;

    public void Hit(string attacker, string target, int damage)
    {
        if (!_fighters.TryGetValue(target, out Fighter? victim) || victim.Health <= 0) return;
        victim.Health -= damage;
        if (victim.Health > 0) return;
        Interlocked.Increment(ref GameMetrics.Instance.Kills);
        Interlocked.Increment(ref GameMetrics.Instance.Deaths);
    }
}

public static class CombatMath
{
    public static int Clamp(int health) => System.Math.Clamp(health, 0, 100);

    public static bool IsCritical(int damage) => damage >= 50;
}
