// The quiet twin: the method increments with Interlocked.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.InstanceHelperInUpdateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Streams
{
    public List<int> Open { get; } = new();
}

public sealed class Census
{
    private int _busyWorkers;

    public int BusyWorkers => Volatile.Read(ref _busyWorkers);

    private void MarkBusy() => Interlocked.Increment(ref _busyWorkers);

    public Task ScanAsync(WorkerPool pool) => Streams.UpdateAllAsync(pool, streams =>
    {
        if (streams.Open.Count > 0)
        {
            MarkBusy();
        }
    });
}
