// A job scheduler hands a flush job to the thread pool as the state of QueueUserWorkItem: the job is a positional
// record made over the worker's pending list, and the static callback clears it there (WEFT0004 at the state
// argument, which goes where the callback goes).
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
        ThreadPool.QueueUserWorkItem(static j => j.Keys.Clear(), job, preferLocal: false); // expect: WEFT0004
    }
}
