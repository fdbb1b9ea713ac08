using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.WorkItemTwoQueues;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    public List<string> Pending { get; } = new();
}

public static class Flushing
{
    public static void Schedule() => ThreadPool.UnsafeQueueUserWorkItem(new Flush(Outbox.Current.Pending), preferLocal: false); // expect: WEFT0004
}
