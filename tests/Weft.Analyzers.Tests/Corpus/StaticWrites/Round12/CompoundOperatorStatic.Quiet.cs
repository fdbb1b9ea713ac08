// C# 14 user-defined compound assignment `operator +=` on a per-worker histogram: each worker changes its own (the field is
// not readonly: C# needs an assignable target for `+=`).
using Weft;

namespace Corpus.R12.CompoundOperatorStaticQuiet;

public sealed class Histogram
{
    private readonly long[] _buckets = new long[8];

    public void operator +=(int bucket) => _buckets[bucket]++;

    public long this[int bucket] => _buckets[bucket];
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Latency
{
    private Histogram _histogram = new();

    [WorkerUpdate]
    public void Observe(int bucket)
    {
        _histogram += bucket;
    }
}
