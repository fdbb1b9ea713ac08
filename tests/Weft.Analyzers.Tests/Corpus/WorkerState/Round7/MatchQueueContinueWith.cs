// Matchmaking on a worker: a player's rating is fetched from the rating service and the ticket is enqueued in the
// worker's queue in a ContinueWith — which runs on the thread pool, not on the worker. Twin: a plain await (resumes on
// the worker's loop) then the enqueue.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.MatchQueueContinueWith;

public sealed record Ticket(string PlayerId, int Rating);

public interface IRatingService
{
    Task<int> GetRatingAsync(string playerId);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MatchQueue
{
    private readonly List<Ticket> _waiting = new();

    public int Count => _waiting.Count;

    public void Enqueue(Ticket ticket) => _waiting.Add(ticket);

    public Ticket[] TakeMatch(int size)
    {
        if (_waiting.Count < size) return System.Array.Empty<Ticket>();
        _waiting.Sort((a, b) => a.Rating.CompareTo(b.Rating));
        Ticket[] match = _waiting.GetRange(0, size).ToArray();
        _waiting.RemoveRange(0, size);
        return match;
    }
}

public sealed class Matchmaker
{
    private readonly IRatingService _ratings;

    public Matchmaker(IRatingService ratings) => _ratings = ratings;

    public Task JoinAsync(string playerId)
    {
        MatchQueue queue = MatchQueue.Current;
        return _ratings.GetRatingAsync(playerId)
            .ContinueWith(t => queue.Enqueue(new Ticket(playerId, t.Result))); // expect: WEFT0004
    }
}
