// Quiet twin of InlineArrayBuckets: the same write inside a System.Threading.Lock scope `using (gate.EnterScope())`.
using System.Runtime.CompilerServices;
using System.Threading;
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
    private static readonly Lock s_gate = new();

    public void Record(int millis)
    {
        int i = millis < 1 ? 0 : millis > 127 ? 7 : 31 - int.LeadingZeroCount(millis);
        using (s_gate.EnterScope())
        {
            s_latency[i] += 1;
        }
    }
}
