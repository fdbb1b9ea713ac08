// Quiet twin: the element is incremented with Interlocked through a ref to it.
using System.Runtime.CompilerServices;
using System.Threading;
using Weft;

namespace Corpus.R11.InlineArrayStaticBucketsQuiet;

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
        Interlocked.Increment(ref Latency.Counts[bucket & 7]);
        _last = bucket;
    }
}
