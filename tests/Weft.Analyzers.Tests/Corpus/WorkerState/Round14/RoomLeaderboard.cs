// A game server's room manager, one per worker (per-worker slot type): rooms, their players' scores and a cached
// leaderboard. Ranking thousands of scores is pushed to the thread pool with Task.Run over a copy of the scores
// (value tuples: a copy, quiet), and the continuation writes the ranked names into the manager's leaderboard list. The
// continuation is scheduled on TaskScheduler.Default, named at the call, so it runs on the pool and writes the
// worker's list there: WEFT0004. The page does not say whether a lambda's capture is reported where the lambda is
// handed over or at its first use inside; both lines were one #escape group; the page now says the first use inside. The quiet twin schedules the
// continuation on the worker's own loop scheduler, taken from Dispatcher.Current.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R14.RoomLeaderboardDefect;

public sealed class Room
{
    public Room(Guid id, string map) => (Id, Map) = (id, map);

    public Guid Id { get; }
    public string Map { get; }
    public Dictionary<string, int> Scores { get; } = new(StringComparer.Ordinal);
    public bool Closed { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RoomManager
{
    private readonly Dictionary<Guid, Room> _rooms = new();
    private readonly List<string> _leaderboard = new();
    private Task _ranking = Task.CompletedTask;

    public IReadOnlyList<string> Leaderboard => _leaderboard;

    public Room Open(string map)
    {
        var room = new Room(Guid.NewGuid(), map);
        _rooms.Add(room.Id, room);
        return room;
    }

    public void Score(Guid roomId, string player, int points)
    {
        if (_rooms.TryGetValue(roomId, out var room) && !room.Closed)
        {
            room.Scores[player] = room.Scores.GetValueOrDefault(player) + points;
        }
    }

    public void RefreshLeaderboard(int top)
    {
        if (!_ranking.IsCompleted)
        {
            return;
        }

        (string Player, int Points)[] scores = _rooms.Values
            .Where(r => !r.Closed)
            .SelectMany(r => r.Scores.Select(s => (s.Key, s.Value)))
            .ToArray();

        _ranking = Task.Run(() => Rank(scores, top))
            .ContinueWith(
                ranked =>
                {
                    _leaderboard.Clear(); // expect: WEFT0004
                    _leaderboard.AddRange(ranked.Result);
                },
                TaskScheduler.Default);
    }

    [WorkerUpdate]
    public void CloseRoom(Guid roomId)
    {
        if (_rooms.Remove(roomId, out var room))
        {
            room.Closed = true;
        }
    }

    private static string[] Rank((string Player, int Points)[] scores, int top) =>
        scores
            .GroupBy(s => s.Player, StringComparer.Ordinal)
            .Select(g => (Player: g.Key, Total: g.Sum(s => s.Points)))
            .OrderByDescending(p => p.Total)
            .ThenBy(p => p.Player, StringComparer.Ordinal)
            .Take(top)
            .Select(p => $"{p.Player} ({p.Total})")
            .ToArray();
}
