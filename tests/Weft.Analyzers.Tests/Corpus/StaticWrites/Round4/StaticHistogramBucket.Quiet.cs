// Quiet twin of StaticHistogramBucket: Interlocked.Increment on the element.
using System;
using System.Threading;
using Weft;

namespace Corpus.Round4.StaticHistogramBucket;

public static class LatencyHistogram
{
    static readonly long[] s_buckets = new long[32];

    public static void Record(WorkerPool pool, TimeSpan latency)
    {
        var bucket = Math.Min(31, (int)Math.Log2(Math.Max(1, latency.TotalMicroseconds)));
        pool.Workers[0].Post(() => Interlocked.Increment(ref s_buckets[bucket]));
    }
}
