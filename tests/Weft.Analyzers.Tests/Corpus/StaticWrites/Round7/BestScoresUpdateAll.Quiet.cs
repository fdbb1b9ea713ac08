// Quiet twin of BestScoresUpdateAll: each worker merges under the static lock.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BestScoresUpdateAll;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionScores
{
    public Dictionary<string, long> ByPlayer { get; } = new();
}

public static class AllTimeBest
{
    private static readonly object s_gate = new();
    private static readonly Dictionary<string, long> s_best = new();

    public static Task CollectAsync(WorkerPool pool) =>
        SessionScores.UpdateAllAsync(pool, scores =>
        {
            lock (s_gate)
            {
                foreach (var (player, score) in scores.ByPlayer)
                {
                    long best = s_best.GetValueOrDefault(player);
                    s_best[player] = Math.Max(best, score);
                }
            }
        });

    public static long Best(string player)
    {
        lock (s_gate) return s_best.GetValueOrDefault(player);
    }
}

public static class ScoreBoardRules
{
    public const long MaxScore = 1_000_000_000;

    public static bool IsValid(long score) => score is >= 0 and <= MaxScore;

    public static string Format(string player, long score) => $"{player}: {score:N0}";
}
