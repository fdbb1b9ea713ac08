// Quiet twin: Append replaces the captured parameter with a new list instead of appending to the published one.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.PartialFeedQuiet;

public sealed partial class Feed(Slot<List<string>> slot, List<string> items)
{
    private List<string> Items => items;

    private Slot<List<string>> Target => slot;

    public void Append(string item)
    {
        if (item.Length > 0)
        {
            items = [.. items, item];
        }
    }
}
