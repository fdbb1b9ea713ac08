// WEFT0004: the worker posts a closure over its own circuit-breaker state to every worker of the pool; the other
// workers' loops then read and write this worker's dictionary.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.PostToEveryWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class CircuitBreakers
{
    public Dictionary<string, int> Failures { get; } = new();
}

public sealed class BreakerGossip
{
    public void ShareTrip(WorkerPool pool, string upstream)
    {
        var mine = CircuitBreakers.Current;
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => mine.Failures[upstream] = int.MaxValue); // expect: WEFT0004
        }
    }
}
