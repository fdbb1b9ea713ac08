// A publisher class with a primary constructor: the list parameter used by its members is a hidden field. One method
// publishes it, another (called later) appends to it.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.PrimaryCtorParamPublished;

public sealed class Feed(Slot<List<string>> slot, List<string> items)
{
    public void Flush() => slot.Publish(items);

    public void Append(string item) => items.Add(item); // expect: WEFT0002
}
