// Matchmaking: the published rules hold skill brackets as record structs; a worker widening the search for a lonely
// player copies the bracket (a struct copy) and adds a fallback region. The copy's Regions is still the snapshot's
// list. Twin: a new list for the widened regions.
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
            List<string> widened = bracket.Regions;
            widened.Add(rules.FallbackRegion); // expect: WEFT0003
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
