// WEFT0004: ContinueWith on a scheduler kept in a static get-only auto-property initialized with TaskScheduler.Default
// (page: "kept in a read-only field or get-only property that its initializer and constructors give nothing else").
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

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
            _ => pending.Ids.Dequeue(), // expect: WEFT0004
            Schedulers.Pool);
    }
}
