// WEFT0004: Task.Factory.StartNew with a ConcurrentExclusiveSchedulerPair's ExclusiveScheduler made over the default
// scheduler (page: "counts as the pool too"), capturing the worker's map. Reported inside the lambda.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.WorkerState.ExclusiveSchedulerPair;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Quotas
{
    public Dictionary<string, int> Used { get; } = new();
}

public static class Reset
{
    public static Task ResetLater()
    {
        var quotas = Quotas.Current;
        var pair = new ConcurrentExclusiveSchedulerPair();
        return Task.Factory.StartNew(
            () => quotas.Used.Clear(), // expect: WEFT0004
            CancellationToken.None,
            TaskCreationOptions.None,
            pair.ExclusiveScheduler);
    }
}
