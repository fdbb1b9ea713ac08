// A property pattern `is { Items: var items }` binds the snapshot's list; adding to it writes shared data.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.PropertyPatternAlias;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public List<string> Items { get; init; } = []; // expect: WEFT0001
}

public static class Shop
{
    public static int AddLocal(string item)
    {
        if (Catalog.Current is { Items: var items })
        {
            items.Add(item); // expect: WEFT0003
            return items.Count;
        }

        return 0;
    }
}
