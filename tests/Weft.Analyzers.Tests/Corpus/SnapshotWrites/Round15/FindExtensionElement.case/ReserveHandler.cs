using System.Collections.Generic;

namespace Corpus.Round15.FindExtensionElement;

public sealed class ReserveHandler
{
    private readonly Dictionary<string, int> _reserved = [];

    public bool Reserve(string sku, int quantity)
    {
        if (Catalog.Current.Items.FindBy(i => i.Sku == sku) is not { } item)
        {
            return false;
        }

        item.Reserved += quantity; // expect: WEFT0003
        return true;
    }

    public int ReservedFor(string sku) => _reserved.GetValueOrDefault(sku);
}
