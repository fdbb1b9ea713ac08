// C# 14 user-defined compound assignment `operator +=` (changes the instance in place) applied to a static instance
// from a [WorkerUpdate]: a read-modify-write of the one object every worker shares. Reading taken: like
// `s_totals.Bytes += n`, reported at the worker code's `+=` (the operator is a public member anybody may call). C# needs an
// assignable target for `+=`, so the field is not readonly.
using Weft;

namespace Corpus.R12.CompoundOperatorStatic;

public sealed class Histogram
{
    private readonly long[] _buckets = new long[8];

    public void operator +=(int bucket) => _buckets[bucket]++;

    public long this[int bucket] => _buckets[bucket];
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Latency
{
    private static Histogram s_histogram = new();

    [WorkerUpdate]
    public void Observe(int bucket)
    {
        s_histogram += bucket; // expect: WEFT0006
    }
}
