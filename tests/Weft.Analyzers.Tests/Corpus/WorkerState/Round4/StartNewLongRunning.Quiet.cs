// Quiet twin of StartNewLongRunning: the task is started on this worker's own dispatcher scheduler
// (Dispatcher.Current.TaskScheduler). Reading taken: the page's table names "Task.Factory.StartNew on the default
// scheduler"; a start on the calling loop's own scheduler runs on the worker that owns the queue.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.Round4.StartNewLongRunning;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WriteBehindQueue
{
    public Queue<string> Pending { get; } = new();
}

public sealed class Flusher
{
    public Task FlushInBackground()
    {
        var queue = WriteBehindQueue.Current;
        return Task.Factory.StartNew(
            () => { while (queue.Pending.TryDequeue(out var line)) System.Console.WriteLine(line); },
            CancellationToken.None,
            TaskCreationOptions.None,
            Dispatcher.Current!.TaskScheduler);
    }
}
