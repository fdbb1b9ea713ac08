// Game server: at the end of a round every worker appends its best scores to a static list through List.ForEach with
// the static list's Add as a method group — a mutation of a static List from every worker at once. Twin: a
// ConcurrentBag.
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.TopScoresMethodGroupAdd;

public static class HallOfFame
{
    public static readonly List<long> Scores = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RoundScores
{
    private readonly List<long> _scores = new();

    public void Add(long score) => _scores.Add(score);

    [WorkerUpdate]
    public void EndRound(int keep)
    {
        List<long> best = _scores.OrderByDescending(s => s).Take(keep).ToList();
        best.ForEach(HallOfFame.Scores.Add); // expect: WEFT0006
        _scores.Clear();
    }
}

public static class ScoreRules
{
    public const long MaxPlausible = 10_000_000;

    public static bool IsPlausible(long score) => score is >= 0 and <= MaxPlausible;

    public static IEnumerable<long> Plausible(IEnumerable<long> scores) => scores.Where(IsPlausible);

    public static string Medal(int rank) => rank switch { 1 => "gold", 2 => "silver", 3 => "bronze", _ => "" };
}
