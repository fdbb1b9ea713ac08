// WEFT0004: the same continuation explicitly on TaskScheduler.Default.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.FromCurrentSyncContextSchedulerDefect;

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
        var pool = TaskScheduler.Default;
        return ping.ContinueWith(t => metrics.Latency[host] = t.Result, CancellationToken.None, TaskContinuationOptions.None, pool); // expect: WEFT0004
    }
}
