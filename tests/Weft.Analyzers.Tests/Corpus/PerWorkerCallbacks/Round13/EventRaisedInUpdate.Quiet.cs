// The quiet twin: the handler increments with Interlocked.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.EventRaisedInUpdateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Streams
{
    public List<int> Open { get; } = new();
}

public sealed class Aggregator
{
    private int _idleWorkers;

    public Aggregator() => Idle += () => Interlocked.Increment(ref _idleWorkers);

    public event Action? Idle;

    public int IdleWorkers => Volatile.Read(ref _idleWorkers);

    public Task ScanAsync(WorkerPool pool) => Streams.UpdateAllAsync(pool, streams =>
    {
        if (streams.Open.Count == 0)
        {
            Idle?.Invoke();
        }
    });
}
