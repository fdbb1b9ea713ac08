// WEFT0002: after publishing a list of limiter rules, a LINQ query (query syntax) picks some and changes them.
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.QuerySyntaxElementWrite;

public sealed class LimitRule
{
    public string Route { get; init; } = "";
    public int PerSecond { get; set; }
}

public static class Limits
{
    public static void Publish(Slot<List<LimitRule>> slot, List<LimitRule> rules)
    {
        slot.Publish(rules);
        var hot = from r in rules where r.Route.StartsWith("/api") select r;
        foreach (var rule in hot)
        {
            rule.PerSecond *= 2; // expect: WEFT0002
        }
    }
}
