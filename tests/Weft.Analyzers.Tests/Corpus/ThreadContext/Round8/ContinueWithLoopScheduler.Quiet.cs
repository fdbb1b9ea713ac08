// Twin: the continuation is scheduled on the worker's own TaskScheduler.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.R8.ContinueWithLoopSchedulerQuiet;

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
        return ping.ContinueWith(
            t => metrics.Latency[host] = t.Result,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            Dispatcher.Current!.TaskScheduler);
    }
}
