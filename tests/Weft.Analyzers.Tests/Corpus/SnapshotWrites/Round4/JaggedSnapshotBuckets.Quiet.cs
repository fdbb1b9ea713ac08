// Quiet twin of JaggedSnapshotBuckets: the same jagged-array bookkeeping in a per-worker histogram (each worker owns
// its buckets; main merges them through the stats flush).
using System;
using Weft;

namespace Corpus.Round4.JaggedSnapshotBucketsQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Histogram
{
    public int[][] Buckets { get; init; } = [];
}

public static class LatencyRecorder
{
    public static void Record(int route, int bucket, bool reset)
    {
        Histogram.Current.Buckets[route][bucket]++;
        int[] row = Histogram.Current.Buckets[route];
        if (reset)
        {
            row.AsSpan().Clear();
            Array.Fill(Histogram.Current.Buckets[0], 1);
        }
    }
}
