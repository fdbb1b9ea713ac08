// Quiet twin of BracketRegionsStructCopy: the widened regions are a new list built from the bracket's.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BracketRegionsStructCopy;

public record struct Bracket(int MinRating, int MaxRating, List<string> Regions);

[ThreadLocalSlot]
public sealed partial class MatchRules
{
    public ImmutableArray<Bracket> Brackets { get; init; } // expect: WEFT0001
    public string FallbackRegion { get; init; } = "global";
}

public sealed class SearchWidener
{
    public IReadOnlyList<string> RegionsFor(int rating, int waitedSeconds)
    {
        MatchRules rules = MatchRules.Current;
        for (int i = 0; i < rules.Brackets.Length; i++)
        {
            Bracket bracket = rules.Brackets[i];
            if (rating < bracket.MinRating || rating > bracket.MaxRating) continue;
            if (waitedSeconds < 60) return bracket.Regions;
            List<string> widened = new(bracket.Regions);
            widened.Add(rules.FallbackRegion);
            return widened;
        }

        return new[] { rules.FallbackRegion };
    }
}

public static class RatingMath
{
    public static int Gap(int a, int b) => System.Math.Abs(a - b);

    public static bool InBracket(int rating, Bracket bracket) => rating >= bracket.MinRating && rating <= bracket.MaxRating;

    public static int WidenBy(int waitedSeconds) => System.Math.Min(500, waitedSeconds * 5);
}
