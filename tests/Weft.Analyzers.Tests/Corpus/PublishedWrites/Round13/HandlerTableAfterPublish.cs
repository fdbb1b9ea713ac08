// Edits kept in a static read-only dictionary of delegates filled by its initializer, looked up by name and run on the
// list after it was published (the page's s_edits form, with a name that is not a constant).
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.HandlerTableAfterPublish;

public static class Weights
{
    private static readonly Dictionary<string, Action<List<int>>> s_edits = new()
    {
        ["sort"] = weights => weights.Sort(),
        ["reverse"] = weights => weights.Reverse(),
    };

    public static void Publish(Slot<List<int>> slot, IEnumerable<int> raw, string edit)
    {
        var weights = new List<int>(raw);
        slot.Publish(weights);
        s_edits[edit](weights); // expect: WEFT0002
    }
}
