// Quiet twin of WorkStealingPost: the posted lambda reads the neighbour's own pool through Current on arrival
// (reading taken: WEFT0005 lists no post to a loop; the read there means "that worker's pool", as intended).
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
        neighbour.Post(() => WarmPool.Current.Warm(host, 8));
    }
}
