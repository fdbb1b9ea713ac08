// C# 14 null-conditional assignment on an element of the snapshot read through Current.
using Weft;

namespace Corpus.R12.NullConditionalCurrent;

public sealed class Offer
{
    public decimal Price { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Offers
{
    public Offer? Top { get; init; } // expect: WEFT0001
}

public static class Promotions
{
    public static void Clear() => Offers.Current.Top?.Price = 0; // expect: WEFT0003
}
