// Quiet twin of ExclusiveSchedulerStaticField: the continuation runs on the calling loop's TaskScheduler.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.R17.WorkerState.ExclusiveSchedulerStaticField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Pending
{
    public List<int> Ids { get; } = new();
}

public static class Acks
{
    private static readonly ConcurrentExclusiveSchedulerPair s_pair = new();

    public static Task AckAfter(Task send)
    {
        var pending = Pending.Current;
        return send.ContinueWith(
            _ => pending.Ids.Clear(),
            Dispatcher.Current!.TaskScheduler);
    }
}
