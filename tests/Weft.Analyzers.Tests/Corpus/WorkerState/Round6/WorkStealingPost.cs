// Per-worker connection pools with "work stealing": an overloaded worker asks a neighbour to warm connections.
// Defect: the request is posted to the neighbour's dispatcher, but the lambda uses the posting worker's own pool
// (captured from Current) instead of reading the neighbour's there (WEFT0004: a post to another dispatcher).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus6b.WorkStealingPost;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WarmPool
{
    private readonly Queue<string> _warm = new();

    public int Count => _warm.Count;

    public void Warm(string host, int count)
    {
        for (int i = 0; i < count; i++) _warm.Enqueue(host);
    }
}

public sealed class LoadBalancer
{
    private readonly IReadOnlyList<Dispatcher> _workers;

    public LoadBalancer(WorkerPool pool) => _workers = pool.Workers;

    public void Rebalance(int selfIndex, string host)
    {
        WarmPool mine = WarmPool.Current;
        if (mine.Count < 32) return;
        Dispatcher neighbour = _workers[(selfIndex + 1) % _workers.Count];
        neighbour.Post(() => mine.Warm(host, 8)); // expect: WEFT0004
    }
}
