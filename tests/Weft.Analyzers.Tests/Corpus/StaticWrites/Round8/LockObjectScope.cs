// WEFT0006: a metrics aggregator's static histogram is updated inside a System.Threading.Lock scope, the sample count
// right after it.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.R8.LockObjectScope;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Metrics
{
    private static readonly Lock s_gate = new();
    private static readonly Dictionary<int, long> s_histogram = new();
    private static long s_samples;

    [WorkerUpdate]
    public void Record(int bucket)
    {
        using (s_gate.EnterScope())
        {
            s_histogram[bucket] = s_histogram.GetValueOrDefault(bucket) + 1;
        }

        s_samples++; // expect: WEFT0006
    }
}
