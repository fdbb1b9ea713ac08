// Quiet twin of MatchScoring.case: the matchmaker reads Ratings.Current on the worker and hands the (immutable)
// table to the scorer, which runs on the pool without reading any slot.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.CurrentOffPool.R14.MatchScoringQuiet;

[ThreadLocalSlot]
public sealed partial class Ratings
{
    public ImmutableDictionary<string, double> ByPlayer { get; init; } = ImmutableDictionary<string, double>.Empty;
    public double Default { get; init; } = 1500;

    public double Of(string player) => ByPlayer.TryGetValue(player, out var rating) ? rating : Default;
}
