// Quiet twin: Append replaces the captured parameter with a new list (a spread copy) instead of changing the list
// Flush may already have published.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.PrimaryCtorParamPublishedQuiet;

public sealed class Feed(Slot<List<string>> slot, List<string> items)
{
    public void Flush() => slot.Publish(items);

    public void Append(string item) => items = [.. items, item];
}
