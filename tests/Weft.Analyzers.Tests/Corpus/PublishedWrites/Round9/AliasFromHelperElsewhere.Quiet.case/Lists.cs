// WEFT0002 across files: a helper in this file returns the very list it is given (no copy); Publisher.cs keeps its
// result as an alias, publishes the original and then writes through the alias.
using System.Collections.Generic;

namespace Corpus.PublishedWrites.R9.AliasFromHelperElsewhere;

public static class Lists
{
    public static List<T> Trimmed<T>(List<T> items, int max)
    {
        return items.GetRange(0, System.Math.Min(max, items.Count));
    }
}
