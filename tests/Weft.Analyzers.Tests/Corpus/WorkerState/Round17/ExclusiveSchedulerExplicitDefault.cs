// WEFT0004: as ExclusiveSchedulerPair, but the pair is made with TaskScheduler.Default named at the constructor
// (`new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default)`) and its ConcurrentScheduler used. Page: "a
// ConcurrentExclusiveSchedulerPair's ConcurrentScheduler or ExclusiveScheduler made over the default scheduler counts as
// the pool too". Reported inside the lambda.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.WorkerState.ExclusiveSchedulerExplicitDefault;

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
        var pair = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default);
        return Task.Factory.StartNew(
            () => quotas.Used.Clear(), // expect: WEFT0004
            CancellationToken.None,
            TaskCreationOptions.None,
            pair.ConcurrentScheduler);
    }
}
