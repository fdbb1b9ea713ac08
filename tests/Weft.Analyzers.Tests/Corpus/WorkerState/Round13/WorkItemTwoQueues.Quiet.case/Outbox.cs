using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.WorkItemTwoQueuesQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    public List<string> Pending { get; } = new();
}

public static class Flushing
{
    public static void Schedule() => Dispatcher.Current!.Post(new Flush(Outbox.Current.Pending));
}
