// Round 2. Only the order list (never published) is written after the deconstruction.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.Deconstruct;

public static class Tables
{
    public static List<string> Publish(Slot<Dictionary<string, int>> slot)
    {
        var pair = Build();
        slot.Publish(pair.Weights);
        var (weights, order) = pair;
        order.Add("late");
        return weights.Count > 0 ? order : new List<string>();
    }

    private static (Dictionary<string, int> Weights, List<string> Order) Build() => (new Dictionary<string, int>(), new List<string>());
}
