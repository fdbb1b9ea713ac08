// Quiet twin of ExclusiveSchedulerPair: StartNew on the calling loop's own TaskScheduler (Dispatcher.Current!.TaskScheduler).
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

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
        return Task.Factory.StartNew(
            () => quotas.Used.Clear(),
            CancellationToken.None,
            TaskCreationOptions.None,
            Dispatcher.Current!.TaskScheduler);
    }
}
