// WEFT0002: the plain foreach over the published list (no LINQ), a write to each element.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.PlainForeachElementWrite;

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
        foreach (var rule in rules)
        {
            rule.PerSecond *= 2; // expect: WEFT0002
        }
    }
}
