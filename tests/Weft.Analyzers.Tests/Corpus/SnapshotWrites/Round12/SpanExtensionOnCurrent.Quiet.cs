// C# 14 first-class span conversion: the extension on Span<int> caps a copy of the snapshot's array.
using System;
using Weft;

namespace Corpus.R12.SpanExtensionOnCurrentQuiet;

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
            value = Math.Min(value, max);
        }
    }
}

public static class Throttle
{
    public static int[] Apply()
    {
        int[] mine = [.. Limits.Current.PerHost];
        mine.Cap(100);
        return mine;
    }
}
