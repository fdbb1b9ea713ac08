// A project of two files: a partial publisher with a primary constructor keeps its list parameter (a hidden field)
// and exposes it through a private property; the other part publishes that property's list. This part appends to
// the captured parameter: on the second call it changes what the first Flush published.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.PartialFeed;

public sealed partial class Feed(Slot<List<string>> slot, List<string> items)
{
    private List<string> Items => items;

    private Slot<List<string>> Target => slot;

    public void Append(string item)
    {
        if (item.Length > 0)
        {
            items.Add(item); // expect: WEFT0002
        }
    }
}
