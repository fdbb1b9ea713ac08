// Quiet twin of MatchQueueContinueWith: the continuation is a plain await, which resumes on the worker.
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

    public async Task JoinAsync(string playerId)
    {
        MatchQueue queue = MatchQueue.Current;
        int rating = await _ratings.GetRatingAsync(playerId);
        queue.Enqueue(new Ticket(playerId, rating));
    }
}
