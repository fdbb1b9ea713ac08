// C# 14 extension block: an extension method on the snapshot type builds a new list with the item; the snapshot's
// list is only read.
using System.Collections.Generic;
using Weft;

namespace Corpus.R12.ExtensionBlockOnCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public List<string> Items { get; init; } = []; // expect: WEFT0001
}

public static class CatalogExtensions
{
    extension(Catalog catalog)
    {
        public List<string> WithItem(string item) => [.. catalog.Items, item];
    }
}

public static class Shop
{
    public static int Add(string item) => Catalog.Current.WithItem(item).Count;
}
