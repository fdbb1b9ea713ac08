// Quiet twin of RoomLeaderboard: the ranking still runs on the pool over a copy of the scores, but its continuation
// is scheduled on the worker's own loop (Dispatcher.Current's TaskScheduler), where it writes the leaderboard list.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R14.RoomLeaderboardQuiet;

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

        var home = Dispatcher.Current!.TaskScheduler;
        _ranking = Task.Run(() => Rank(scores, top))
            .ContinueWith(
                ranked =>
                {
                    _leaderboard.Clear();
                    _leaderboard.AddRange(ranked.Result);
                },
                home);
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
