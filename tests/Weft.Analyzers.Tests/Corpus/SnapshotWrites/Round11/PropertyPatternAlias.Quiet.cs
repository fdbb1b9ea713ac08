// Quiet twin: the pattern's list is copied into a list of the worker's own before the Add.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.PropertyPatternAliasQuiet;

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
            List<string> mine = [.. items];
            mine.Add(item);
            return mine.Count;
        }

        return 0;
    }
}
