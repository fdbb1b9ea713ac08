// A static abstract interface member hands out weights; the implementation used here returns the snapshot's own list,
// and a generic method constrained to the interface bumps the first weight. #escape: the write inside the generic
// method (its T is only known at the call) or the call that picks the implementation.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.StaticAbstractProvider;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public List<int> Weights { get; init; } = new(); // expect: WEFT0001
}

public interface IWeightProvider
{
    static abstract List<int> Weights();
}

public readonly struct CurrentWeights : IWeightProvider
{
    public static List<int> Weights() => Limits.Current.Weights;
}

public static class Tuning
{
    public static void Boost<T>() where T : IWeightProvider
    {
        var weights = T.Weights();
        weights[0] += 1; // expect: WEFT0003 #escape
    }

    public static void OnOverload() => Boost<CurrentWeights>(); // expect: WEFT0003 #escape
}
