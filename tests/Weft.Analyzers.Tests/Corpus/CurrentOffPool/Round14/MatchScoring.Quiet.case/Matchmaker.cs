// The worker's matchmaker: collects waiting players and, once enough are waiting, pairs the best matches.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R14.MatchScoringQuiet;

public sealed class Matchmaker
{
    private readonly EloScorer _scorer = new();
    private readonly List<string> _waiting = new();
    private Task<Pairing[]>? _pending;

    public int Waiting => _waiting.Count;

    public void Enqueue(string player)
    {
        if (!_waiting.Contains(player))
        {
            _waiting.Add(player);
        }
    }

    public void StartScoring(int minPlayers)
    {
        if (_pending is { IsCompleted: false } || _waiting.Count < minPlayers)
        {
            return;
        }

        string[] players = _waiting.ToArray();
        var scorer = _scorer;
        var ratings = Ratings.Current;
        _pending = Task.Run(() => scorer.ScoreAll(ratings, players));
    }

    public IEnumerable<Pairing> TakeMatches()
    {
        if (_pending is not { IsCompletedSuccessfully: true } done)
        {
            return Array.Empty<Pairing>();
        }

        _pending = null;
        var used = new HashSet<string>(StringComparer.Ordinal);
        var matches = done.Result.Where(p => !used.Contains(p.A) && !used.Contains(p.B) && used.Add(p.A) && used.Add(p.B)).ToList();
        _waiting.RemoveAll(used.Contains);
        return matches;
    }
}
