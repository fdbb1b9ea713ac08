// WEFT0004: Task.Factory.StartNew with TaskCreationOptions.LongRunning on TaskScheduler.Default (a dedicated thread)
// drains the worker's own write-behind queue.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

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
            () => { while (queue.Pending.TryDequeue(out var line)) System.Console.WriteLine(line); }, // expect: WEFT0004
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }
}
