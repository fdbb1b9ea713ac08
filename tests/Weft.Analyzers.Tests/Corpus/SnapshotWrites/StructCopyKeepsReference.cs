// A struct read from the snapshot is a copy, but the array inside it is the snapshot's own.
using Weft;

namespace Corpus.SnapshotWrites.StructCopy;

public readonly struct Histogram
{
    public Histogram(int[] buckets) => Buckets = buckets;
    public int[] Buckets { get; }
}

[ThreadLocalSlot]
public sealed partial class LatencyModel
{
    public Histogram Expected { get; init; } // expect: WEFT0001
}

public static class Recorder
{
    public static void Record(int bucket)
    {
        Histogram local = LatencyModel.Current.Expected;
        local.Buckets[bucket]++; // expect: WEFT0003
    }
}
