// A list pattern `[var first, ..]` over the snapshot's list binds its first element, a mutable object; setting its
// price writes the shared element.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.ListPatternFirstElement;

public sealed record Offer(string Name)
{
    public decimal Price { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Offers
{
    public List<Offer> All { get; init; } = []; // expect: WEFT0001
}

public static class Promotions
{
    public static decimal Discount()
    {
        if (Offers.Current.All is [var first, ..])
        {
            first.Price = 0; // expect: WEFT0003
            return first.Price;
        }

        return -1;
    }
}
