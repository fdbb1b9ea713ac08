using System.Collections.Generic;

namespace Corpus.SnapshotWrites.R9.HelperSortsSnapshot;

public static class Pricing
{
    public static decimal MedianPrice()
    {
        List<decimal> prices = Catalog.Current.Prices;
        return Ordering.Median(prices); // expect: WEFT0003
    }
}
