// C# 14 null-conditional assignment on a copy of the snapshot's element, made by the worker for itself.
using System;
using Weft;

namespace Corpus.R12.NullConditionalCurrentQuiet;

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
    public static void Show()
    {
        Offer? top = Offers.Current.Top is { } shared ? new Offer { Price = shared.Price } : null;
        top?.Price = 0;
        Console.WriteLine(top?.Price);
    }
}
