using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// <c>foreach (ref var x in span)</c> (C# 13) over a span of a published array assigns the array's elements in place:
/// WEFT0002; the same loop over a copy, or reading by <c>ref readonly</c>, is quiet. Corpus round 12's
/// <c>ForeachRefSpan</c>; the reported test fails on the analyzers before (a span's enumerator stood for its elements
/// only, so a ref to one pointed at no memory).
/// </summary>
public sealed class RefForeachSpanTests
{
    [Fact]
    public Task Assigning_through_a_ref_foreach_over_a_published_array_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System;
        using Weft.Slots;
        namespace App;

        public static class Weights
        {
            public static void Publish(Slot<int[]> slot)
            {
                int[] weights = [3, 1, 2];
                slot.Publish(weights);
                foreach (ref var weight in weights.AsSpan())
                {
                    {|WEFT0002:weight = 0|};
                }
            }

            public static void PublishCopy(Slot<int[]> slot)
            {
                int[] weights = [3, 1, 2];
                slot.Publish((int[])weights.Clone());
                foreach (ref var weight in weights.AsSpan())
                {
                    weight = 0;
                }

                int sum = 0;
                foreach (ref readonly var weight in new ReadOnlySpan<int>(weights))
                {
                    sum += weight;
                }
            }
        }
        """);
}
