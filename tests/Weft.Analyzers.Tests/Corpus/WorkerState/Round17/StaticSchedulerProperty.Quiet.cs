// Quiet twin of StaticSchedulerProperty: the continuation runs on the calling loop's TaskScheduler.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.R17.WorkerState.StaticSchedulerProperty;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Pending
{
    public Queue<int> Ids { get; } = new();
}

public static class Schedulers
{
    public static TaskScheduler Pool { get; } = TaskScheduler.Default;
}

public static class Acks
{
    public static Task AckAfter(Task send)
    {
        var pending = Pending.Current;
        return send.ContinueWith(
            _ => pending.Ids.Dequeue(),
            Dispatcher.Current!.TaskScheduler);
    }
}
