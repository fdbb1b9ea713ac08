// C# 14 extension block: an extension method on the snapshot type appends to its list; called on Current it writes
// shared data. Reading taken: reported at the call or in the extension (#escape).
using System.Collections.Generic;
using Weft;

namespace Corpus.R12.ExtensionBlockOnCurrent;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public List<string> Items { get; init; } = []; // expect: WEFT0001
}

public static class CatalogExtensions
{
    extension(Catalog catalog)
    {
        public void AddItem(string item) => catalog.Items.Add(item); // expect: WEFT0003 #escape
    }
}

public static class Shop
{
    public static void Add(string item) => Catalog.Current.AddItem(item); // expect: WEFT0003 #escape
}
