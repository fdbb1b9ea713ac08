// WEFT0004: ContinueWith with TaskContinuationOptions only (default scheduler) records the result into the
// worker's metrics.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.ContinueWithLoopScheduler;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Metrics
{
    public readonly Dictionary<string, long> Latency = new();
}

public static class Probe
{
    public static Task Measure(Task<long> ping, string host)
    {
        var metrics = Metrics.Current;
        return ping.ContinueWith(t => metrics.Latency[host] = t.Result, TaskContinuationOptions.OnlyOnRanToCompletion); // expect: WEFT0004
    }
}
