// A latency histogram snapshot keeps its buckets as a jagged array; worker code bumps a bucket through a double index,
// clears a row reached through a local (via a span), and fills a row with Array.Fill. All write the snapshot's
// inner arrays (WEFT0003: member chains, locals, span views). The int[][] is WEFT0001.
using System;
using Weft;

namespace Corpus.Round4.JaggedSnapshotBuckets;

[ThreadLocalSlot]
public sealed partial class Histogram
{
    public int[][] Buckets { get; init; } = []; // expect: WEFT0001
}

public static class LatencyRecorder
{
    public static void Record(int route, int bucket, bool reset)
    {
        Histogram.Current.Buckets[route][bucket]++; // expect: WEFT0003
        int[] row = Histogram.Current.Buckets[route];
        if (reset)
        {
            row.AsSpan().Clear(); // expect: WEFT0003
            Array.Fill(Histogram.Current.Buckets[0], 1); // expect: WEFT0003
        }
    }
}
