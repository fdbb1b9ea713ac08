// Quiet twin: the element is copied with `with` (its members are values) and the copy is changed.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.ListPatternFirstElementQuiet;

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
            var local = first with { Price = 0 };
            return local.Price;
        }

        return -1;
    }
}
