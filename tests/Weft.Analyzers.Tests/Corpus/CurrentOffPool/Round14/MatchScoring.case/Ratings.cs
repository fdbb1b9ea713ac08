// A project of three files: the rating table published to every worker (this file), an Elo scorer that reads it
// (EloScorer.cs), and the worker's matchmaker that scores a lobby's candidate pairings on the thread pool
// (Matchmaker.cs). The scorer reads Ratings.Current inside ScoreAll, which the matchmaker calls inside Task.Run: the
// read runs on a pool thread (WEFT0005). The read lies in another file than the lambda, so the page (WEFT0005: "at the
// call that runs it otherwise") puts the report on the matchmaker's line. The quiet twin reads Ratings.Current on the
// worker and hands the table to the scorer.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.CurrentOffPool.R14.MatchScoringDefect;

[ThreadLocalSlot]
public sealed partial class Ratings
{
    public ImmutableDictionary<string, double> ByPlayer { get; init; } = ImmutableDictionary<string, double>.Empty;
    public double Default { get; init; } = 1500;

    public double Of(string player) => ByPlayer.TryGetValue(player, out var rating) ? rating : Default;
}
