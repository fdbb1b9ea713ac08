// Game server end of season: the top three players get a badge on every worker. The winners local is typed
// IReadOnlyList<string> but assigned a List (judged by the value it holds, per the page). One-token twin:
// ToImmutableArray() instead of ToList().
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SeasonWinnersInterfaceLocal;

public sealed record Ranked(string Player, long Score);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BadgeCache
{
    private readonly HashSet<string> _champions = new();

    public bool IsChampion(string player) => _champions.Contains(player);

    [WorkerUpdate]
    public void Crown(IReadOnlyList<string> players)
    {
        _champions.Clear();
        _champions.UnionWith(players);
    }
}

public static class SeasonEnd
{
    public static Task CrownAsync(WorkerPool pool, IEnumerable<Ranked> ranked)
    {
        IReadOnlyList<string> winners = ranked.OrderByDescending(r => r.Score).Take(3).Select(r => r.Player).ToList();
        return BadgeCache.CrownOnAllWorkersAsync(pool, winners); // expect: WEFT0007
    }
}

public static class SeasonRules
{
    public const int Winners = 3;

    public static string Badge(int rank) => rank switch { 1 => "champion", 2 => "runner-up", _ => "finalist" };
}
