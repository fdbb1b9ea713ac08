// Quiet twin of LeaderboardMergeSortedSet: each worker's union runs under lock(merged).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.LeaderboardMergeSortedSet;

public readonly record struct TopScore(long Score, string Player) : IComparable<TopScore>
{
    public int CompareTo(TopScore other) => other.Score.CompareTo(Score) is var c && c != 0 ? c : string.CompareOrdinal(Player, other.Player);
}

public sealed class RecentScores
{
    public List<TopScore> Top { get; } = new();
}

public sealed class BoardMerger
{
    private readonly Slot<RecentScores> _recent;
    private readonly Action<IReadOnlyCollection<TopScore>> _publish;

    public BoardMerger(Slot<RecentScores> recent, Action<IReadOnlyCollection<TopScore>> publish)
    {
        _recent = recent;
        _publish = publish;
    }

    public void Merge()
    {
        var merged = new SortedSet<TopScore>();
        _recent.RunOnAllThreads(
            scores => { lock (merged) merged.UnionWith(scores.Top); },
            () => _publish(merged));
    }
}

public static class MergeRules
{
    public const int Keep = 100;

    public static bool Beats(TopScore a, TopScore b) => a.CompareTo(b) < 0;
}
