// Quiet twin of ExclusiveSchedulerExplicitDefault: the count (a number) is read on the loop; only it goes to the pool.
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
        int used = Quotas.Current.Used.Count;
        var pair = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default);
        return Task.Factory.StartNew(
            () => System.Console.WriteLine(used),
            CancellationToken.None,
            TaskCreationOptions.None,
            pair.ConcurrentScheduler);
    }
}
