// Quiet: ContinueWith on TaskScheduler.FromCurrentSynchronizationContext() taken on the worker: the continuation is
// posted to the worker's own context (reading taken: like the loop's own TaskScheduler).
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.FromCurrentSyncContextScheduler;

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
        var loop = TaskScheduler.FromCurrentSynchronizationContext();
        return ping.ContinueWith(t => metrics.Latency[host] = t.Result, CancellationToken.None, TaskContinuationOptions.None, loop);
    }
}
