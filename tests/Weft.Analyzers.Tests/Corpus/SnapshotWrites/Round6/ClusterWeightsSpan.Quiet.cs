// Quiet twin of ClusterWeightsSpan: the worker normalises into its own new array.
using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus6b.ClusterWeightsSpan;

[ThreadLocalSlot]
public sealed partial class ClusterWeights
{
    public ImmutableArray<string> Members { get; init; } = ImmutableArray<string>.Empty;
    public ImmutableArray<int> Weights { get; init; } = ImmutableArray<int>.Empty;
}

public static class WeightedPicker
{
    public static string? Pick(int roll)
    {
        ClusterWeights weights = ClusterWeights.Current;
        if (weights.Members.IsEmpty) return null;
        int gcd = 0;
        foreach (int w in weights.Weights) gcd = Gcd(gcd, w);
        int[] normalised = new int[weights.Weights.Length];
        for (int i = 0; i < normalised.Length; i++) normalised[i] = weights.Weights[i] / Math.Max(gcd, 1);
        int total = 0;
        for (int i = 0; i < normalised.Length; i++) total += normalised[i];
        int target = total == 0 ? 0 : (roll & int.MaxValue) % total;
        for (int i = 0; i < normalised.Length; i++)
        {
            if (target < normalised[i]) return weights.Members[i];
            target -= normalised[i];
        }
        return weights.Members[^1];
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
