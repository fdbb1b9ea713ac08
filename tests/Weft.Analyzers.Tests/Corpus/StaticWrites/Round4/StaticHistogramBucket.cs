// WEFT0006: a callback posted to a worker increments an element of a static array (a latency histogram shared by
// every worker). Reading taken: an array held in a static field is a static non-concurrent collection, and `++` on
// its element is the same lost-update race as `s_n++`.
using System;
using Weft;

namespace Corpus.Round4.StaticHistogramBucket;

public static class LatencyHistogram
{
    static readonly long[] s_buckets = new long[32];

    public static void Record(WorkerPool pool, TimeSpan latency)
    {
        var bucket = Math.Min(31, (int)Math.Log2(Math.Max(1, latency.TotalMicroseconds)));
        pool.Workers[0].Post(() => s_buckets[bucket]++); // expect: WEFT0006
    }
}
