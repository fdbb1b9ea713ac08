// C# 14 first-class span conversion: an extension on Span<int> called on the snapshot's array fills it. Reading
// taken: reported at the call or inside the extension (#escape).
using System;
using Weft;

namespace Corpus.R12.SpanExtensionOnCurrent;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int[] PerHost { get; init; } = []; // expect: WEFT0001
}

public static class SpanTools
{
    public static void Cap(this Span<int> values, int max)
    {
        foreach (ref int value in values)
        {
            value = Math.Min(value, max); // expect: WEFT0003 #escape
        }
    }
}

public static class Throttle
{
    public static void Apply() => Limits.Current.PerHost.Cap(100); // expect: WEFT0003 #escape
}
