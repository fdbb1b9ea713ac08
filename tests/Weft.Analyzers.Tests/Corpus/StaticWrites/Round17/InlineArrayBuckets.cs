// WEFT0006: `s_latency[i] += 1` on an element of an [InlineArray] struct held in a static field, in a per-worker type's
// member. Page: "an element of an [InlineArray] struct held in a static: Latency.Counts[i]++" counts as a
// read-modify-write of a member of the one object a static holds. Reading: `+= 1` is the same as `++`.
using System.Runtime.CompilerServices;
using Weft;

namespace Corpus.R17.StaticWrites.InlineArrayBuckets;

[InlineArray(8)]
public struct Buckets
{
    private int _element;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class LatencyRecorder
{
    private static Buckets s_latency;

    public void Record(int millis)
    {
        int i = millis < 1 ? 0 : millis > 127 ? 7 : 31 - int.LeadingZeroCount(millis);
        s_latency[i] += 1; // expect: WEFT0006
    }
}
