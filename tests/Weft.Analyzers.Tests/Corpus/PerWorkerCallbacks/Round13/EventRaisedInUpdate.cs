// An aggregator raises its own event from the update it runs on every worker; a handler subscribed in its constructor
// increments the aggregator's field. #escape: at the increment in the handler or at the raise in the update.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.EventRaisedInUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Streams
{
    public List<int> Open { get; } = new();
}

public sealed class Aggregator
{
    private int _idleWorkers;

    public Aggregator() => Idle += () => _idleWorkers++; // expect: WEFT0008 #escape

    public event Action? Idle;

    public int IdleWorkers => _idleWorkers;

    public Task ScanAsync(WorkerPool pool) => Streams.UpdateAllAsync(pool, streams =>
    {
        if (streams.Open.Count == 0)
        {
            Idle?.Invoke(); // expect: WEFT0008 #escape
        }
    });
}
