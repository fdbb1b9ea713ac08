// Twin: the rules are doubled before the publish.
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.QuerySyntaxElementWriteQuiet;

public sealed class LimitRule
{
    public string Route { get; init; } = "";
    public int PerSecond { get; set; }
}

public static class Limits
{
    public static void Publish(Slot<List<LimitRule>> slot, List<LimitRule> rules)
    {
        var hot = from r in rules where r.Route.StartsWith("/api") select r;
        foreach (var rule in hot)
        {
            rule.PerSecond *= 2;
        }

        slot.Publish(rules);
    }
}
