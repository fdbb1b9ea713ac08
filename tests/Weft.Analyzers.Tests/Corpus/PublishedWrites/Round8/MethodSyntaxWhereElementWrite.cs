// WEFT0002: the method-syntax twin of QuerySyntaxElementWrite: Where(..) over the published list, then a write to
// each element (separates query syntax from element-level aliasing through a LINQ operator).
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.MethodSyntaxWhereElementWrite;

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
        foreach (var rule in rules.Where(r => r.Route.StartsWith("/api")))
        {
            rule.PerSecond *= 2; // expect: WEFT0002
        }
    }
}
