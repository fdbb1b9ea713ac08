// C# 14 first-class span conversion: an extension on ReadOnlySpan<int> called on the published array only reads it.
using System;
using Weft.Slots;

namespace Corpus.R12.SpanExtensionOnArrayQuiet;

public static class SpanTools
{
    public static int Total(this ReadOnlySpan<int> values)
    {
        int sum = 0;
        foreach (int value in values)
        {
            sum += value;
        }

        return sum;
    }
}

public static class Counters
{
    public static void Publish(Slot<int[]> slot)
    {
        int[] counters = [4, 5, 6];
        slot.Publish(counters);
        Console.WriteLine(counters.Total());
    }
}
