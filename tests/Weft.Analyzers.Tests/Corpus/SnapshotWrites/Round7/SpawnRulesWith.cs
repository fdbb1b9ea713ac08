// Game server: a worker running a private match derives its spawn rules from the published mode config with `with`
// and drops the first spawn point. The `with` copy is new, but its Points is the snapshot's list. Twin: the copy gets a
// new list without the first point.
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SpawnRulesWith;

public readonly record struct SpawnPoint(int X, int Y);

public sealed record SpawnRules(int MaxPlayers, List<SpawnPoint> Points);

[ThreadLocalSlot]
public sealed partial class ModeConfig
{
    public required SpawnRules Spawn { get; init; } // expect: WEFT0001
    public required string Mode { get; init; }
}

public sealed class PrivateMatch
{
    private SpawnRules? _rules;

    public void Start(int players, bool skipLobbySpawn)
    {
        SpawnRules rules = ModeConfig.Current.Spawn with { MaxPlayers = players };
        if (skipLobbySpawn && rules.Points.Count > 1)
        {
            rules.Points.RemoveAt(0); // expect: WEFT0003
        }

        _rules = rules;
    }

    public SpawnPoint PointFor(int playerIndex)
    {
        List<SpawnPoint> points = _rules?.Points ?? new List<SpawnPoint>();
        return points.Count == 0 ? default : points[playerIndex % points.Count];
    }

    public int Capacity => _rules?.MaxPlayers ?? 0;

    public bool Has(SpawnPoint p) => _rules?.Points.Contains(p) ?? false;
}
