// Scores candidate pairings: the closer the expected outcome is to a coin toss, the better the match.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.CurrentOffPool.R14.MatchScoringQuiet;

public readonly record struct Pairing(string A, string B, double Quality);

public sealed class EloScorer
{
    private readonly double _scale;

    public EloScorer(double scale = 400) => _scale = scale;

    public Pairing[] ScoreAll(Ratings ratings, IReadOnlyList<string> players)
    {
        var pairings = new List<Pairing>(players.Count * (players.Count - 1) / 2);
        for (int i = 0; i < players.Count; i++)
        {
            for (int j = i + 1; j < players.Count; j++)
            {
                double expected = 1 / (1 + Math.Pow(10, (ratings.Of(players[j]) - ratings.Of(players[i])) / _scale));
                pairings.Add(new Pairing(players[i], players[j], 1 - Math.Abs(expected - 0.5) * 2));
            }
        }

        return pairings.OrderByDescending(p => p.Quality).ToArray();
    }
}
