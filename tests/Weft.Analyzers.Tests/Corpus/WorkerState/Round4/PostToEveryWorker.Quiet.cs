// Quiet twin of PostToEveryWorker: each worker's own breakers are updated through the generated broadcast of a
// [WorkerUpdate] method; only a string crosses threads.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.PostToEveryWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class CircuitBreakers
{
    public Dictionary<string, int> Failures { get; } = new();

    [WorkerUpdate]
    void Trip(string upstream) => Failures[upstream] = int.MaxValue;
}

public sealed class BreakerGossip
{
    public Task ShareTripAsync(WorkerPool pool, string upstream) =>
        CircuitBreakers.TripOnAllWorkersAsync(pool, upstream);
}
