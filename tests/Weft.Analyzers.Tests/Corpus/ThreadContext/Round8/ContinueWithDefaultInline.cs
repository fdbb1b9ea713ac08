// WEFT0004: the inline form of FromCurrentSyncContextScheduler.cs: TaskScheduler.Default written at the call
// (separates "the scheduler passed through a local").
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.ContinueWithDefaultInline;

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
        return ping.ContinueWith(t => metrics.Latency[host] = t.Result, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default); // expect: WEFT0004
    }
}
