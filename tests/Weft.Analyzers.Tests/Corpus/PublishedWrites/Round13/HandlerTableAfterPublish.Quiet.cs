// The quiet twin: the edit runs before the publish.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.HandlerTableAfterPublishQuiet;

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
        s_edits[edit](weights);
        slot.Publish(weights);
    }
}
