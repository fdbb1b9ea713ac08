// Quiet twin of LeaderboardPublishContinueWith: the publish is awaited on main and Current read there.
using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.LeaderboardPublishContinueWith;

[ThreadLocalSlot]
public sealed partial class Standings
{
    public ImmutableArray<string> Players { get; init; } = ImmutableArray<string>.Empty;
    public DateTimeOffset At { get; init; }
}

public sealed class StandingsJob
{
    private readonly WorkerPool _pool;
    private readonly Action<string> _log;

    public StandingsJob(WorkerPool pool, Action<string> log)
    {
        _pool = pool;
        _log = log;
    }

    public async Task RunAsync(ImmutableArray<string> ranked)
    {
        var next = new Standings { Players = ranked, At = DateTimeOffset.UtcNow };
        await Standings.PublishAsync(_pool, next);
        _log($"standings: {Standings.Current.Players.Length} players");
    }
}

public static class StandingsRules
{
    public static bool IsStale(Standings s, DateTimeOffset now) => now - s.At > TimeSpan.FromMinutes(5);

    public static int Rank(Standings s, string player) => s.Players.IndexOf(player) + 1;
}
