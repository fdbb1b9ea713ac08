// Quiet twin of SeasonWinnersInterfaceLocal: the winners are an ImmutableArray.
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
        IReadOnlyList<string> winners = ranked.OrderByDescending(r => r.Score).Take(3).Select(r => r.Player).ToImmutableArray();
        return BadgeCache.CrownOnAllWorkersAsync(pool, winners);
    }
}

public static class SeasonRules
{
    public const int Winners = 3;

    public static string Badge(int rank) => rank switch { 1 => "champion", 2 => "runner-up", _ => "finalist" };
}
