// WEFT0004: the scheduler pair is kept in a static read-only field (made with its parameterless constructor, which
// schedules onto TaskScheduler.Default) and its ExclusiveScheduler given to ContinueWith. Page: "kept in a read-only
// field ... (a ConcurrentExclusiveSchedulerPair's ConcurrentScheduler or ExclusiveScheduler made over the default
// scheduler counts as the pool too)". Reading: the parameterless constructor is "made over the default scheduler".
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

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
            _ => pending.Ids.Clear(), // expect: WEFT0004
            s_pair.ExclusiveScheduler);
    }
}
