// The quiet twin: the implementation hands out a copy of the snapshot's list.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.StaticAbstractProviderQuiet;

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
    public static List<int> Weights() => new List<int>(Limits.Current.Weights);
}

public static class Tuning
{
    public static void Boost<T>() where T : IWeightProvider
    {
        var weights = T.Weights();
        weights[0] += 1;
    }

    public static void OnOverload() => Boost<CurrentWeights>();
}
