// Quiet twin of UnsafeAsRefIntoImmutableSnapshot: the snapshot is read through `ref readonly` (no AsRef); the drained
// weights are a copy of the array, written through a plain ref into that copy; the version is copied into a local.
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Round4.UnsafeAsRefIntoImmutableSnapshotQuiet;

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
    public static Weights Drain(int index)
    {
        ref readonly int current = ref Weights.Current.Values.ItemRef(index);
        int[] copy = Weights.Current.Values.ToArray();
        ref int weight = ref copy[index];
        weight = current - current;
        int version = Weights.Current.Version;
        version++;
        return new Weights(ImmutableArray.Create(copy), version);
    }
}
