// An [InlineArray] buffer held in a static field: worker code increments one of its elements in place, a
// read-modify-write of static memory on every worker.
using System.Runtime.CompilerServices;
using Weft;

namespace Corpus.R11.InlineArrayStaticBuckets;

[InlineArray(8)]
public struct Buckets
{
    private long _element;
}

public static class Latency
{
    public static Buckets Counts;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Timing
{
    private long _last;

    [WorkerUpdate]
    private void Observe(int bucket)
    {
        Latency.Counts[bucket & 7]++; // expect: WEFT0006
        _last = bucket;
    }
}
