// The weights snapshot is deeply immutable (an ImmutableArray and a readonly int field: WEFT0001 is quiet), but worker
// code writes it anyway through Unsafe.AsRef: into the array through ItemRef, and into the readonly field. The refs
// point into the shared instance (WEFT0003: data reached from Current; issue 10: marshal helpers and ref locals).
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Weft;

namespace Corpus.Round4.UnsafeAsRefIntoImmutableSnapshot;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public readonly int Version;

    public Weights(ImmutableArray<int> values, int version)
    {
        Values = values;
        Version = version;
    }

    public ImmutableArray<int> Values { get; }
}

public static class WeightTweaks
{
    public static void Drain(int index)
    {
        ref int weight = ref Unsafe.AsRef(in Weights.Current.Values.ItemRef(index));
        weight = 0; // expect: WEFT0003
        Unsafe.AsRef(in Weights.Current.Version) = -1; // expect: WEFT0003
    }
}
