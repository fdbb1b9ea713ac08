// Round 2. A helper returns both tables as a tuple; after publishing one, the deconstructed alias writes it.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.Deconstruct;

public static class Tables
{
    public static void Publish(Slot<Dictionary<string, int>> slot)
    {
        var pair = Build();
        slot.Publish(pair.Weights);
        var (weights, order) = pair;
        weights["late"] = 1; // expect: WEFT0002
        order.Add("late");
    }

    private static (Dictionary<string, int> Weights, List<string> Order) Build() => (new Dictionary<string, int>(), new List<string>());
}
