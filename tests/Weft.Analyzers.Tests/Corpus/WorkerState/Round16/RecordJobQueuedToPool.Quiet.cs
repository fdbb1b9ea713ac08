// A job scheduler hands a flush job, a positional record made over the worker's pending list, as the state of a post
// to the worker's own dispatcher: the static callback clears the list on the worker (quiet twin of
// RecordJobQueuedToPool).
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R16.RecordJobQueuedToPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PendingWrites
{
    public List<string> Keys { get; } = new();
}

public sealed record FlushJob(string Target, List<string> Keys);

public static class FlushScheduler
{
    public static void ScheduleFlush(string target)
    {
        var job = new FlushJob(target, PendingWrites.Current.Keys);
        Dispatcher.Current!.Post(static j => j.Keys.Clear(), job);
    }
}
