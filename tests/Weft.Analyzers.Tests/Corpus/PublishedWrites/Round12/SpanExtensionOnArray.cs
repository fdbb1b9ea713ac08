// C# 14 first-class span conversion: an extension on Span<int> called directly on the published array clears it.
// Reading taken: the extension is the user's method writing what it is given, reported at the call or inside (#escape).
using System;
using Weft.Slots;

namespace Corpus.R12.SpanExtensionOnArray;

public static class SpanTools
{
    public static void Zero(this Span<int> values) => values.Clear(); // expect: WEFT0002 #escape
}

public static class Counters
{
    public static void Publish(Slot<int[]> slot)
    {
        int[] counters = [4, 5, 6];
        slot.Publish(counters);
        counters.Zero(); // expect: WEFT0002 #escape
    }
}
