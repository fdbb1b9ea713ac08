// Load balancer reading per-cluster weights from the shared snapshot (held immutably as ImmutableArray<int>).
// Defect: to "normalise" weights without allocating, a worker takes the snapshot's backing array via
// ImmutableCollectionsMarshal.AsArray and divides in place — writing shared data (WEFT0003 through a view).
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
        int[] normalised = ImmutableCollectionsMarshal.AsArray(weights.Weights)!;
        for (int i = 0; i < normalised.Length; i++) normalised[i] /= Math.Max(gcd, 1); // expect: WEFT0003
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
