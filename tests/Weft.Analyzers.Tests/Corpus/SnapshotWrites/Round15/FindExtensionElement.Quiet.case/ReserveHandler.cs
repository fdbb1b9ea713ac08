using System.Collections.Generic;

namespace Corpus.Round15.FindExtensionElementQuiet;

public sealed class ReserveHandler
{
    private readonly Dictionary<string, int> _reserved = [];

    public bool Reserve(string sku, int quantity)
    {
        if (Catalog.Current.Items.FindBy(i => i.Sku == sku) is not { } item)
        {
            return false;
        }

        _reserved[item.Sku] = _reserved.GetValueOrDefault(item.Sku) + quantity;
        return true;
    }

    public int ReservedFor(string sku) => _reserved.GetValueOrDefault(sku);
}
