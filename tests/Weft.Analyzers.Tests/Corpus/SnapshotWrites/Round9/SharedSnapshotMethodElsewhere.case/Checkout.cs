using System.Collections.Generic;

namespace Corpus.SnapshotWrites.R9.SharedSnapshotMethodElsewhere;

public static class Checkout
{
    public static decimal Discounted(Catalog catalog, string sku)
    {
        Dictionary<string, decimal> prices = catalog.Prices();
        prices[sku] = prices.GetValueOrDefault(sku) * 0.9m; // expect: WEFT0003
        return prices[sku];
    }
}
