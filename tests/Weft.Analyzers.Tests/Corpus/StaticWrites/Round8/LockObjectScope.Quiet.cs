// Twin: both writes inside the Lock scope (using (gate.EnterScope())).

using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.R8.LockObjectScopeQuiet;

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
            s_samples++;
        }
    }
}
