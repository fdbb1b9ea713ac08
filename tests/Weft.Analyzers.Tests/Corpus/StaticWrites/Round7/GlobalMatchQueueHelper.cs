// Matchmaking: cross-region tickets go to one global queue kept in a static Queue<T> behind a small helper class;
// the per-worker matcher's [WorkerUpdate] method (runs on every worker) pushes overflow tickets there. Reading taken:
// the docs do not say whether a static write inside a helper is reported at the helper's write or at the worker
// code's call, so both lines carry #escape. Twin: the global queue is a ConcurrentQueue.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.GlobalMatchQueueHelper;

public sealed record CrossTicket(string PlayerId, string Region, int Rating);

public static class GlobalQueue
{
    private static readonly Queue<CrossTicket> s_tickets = new();

    public static void Push(CrossTicket ticket) => s_tickets.Enqueue(ticket); // expect: WEFT0006 #escape

    public static int Count => s_tickets.Count;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RegionMatcher
{
    private readonly List<CrossTicket> _local = new();
    private int _capacity = 64;

    public void Add(CrossTicket ticket) => _local.Add(ticket);

    [WorkerUpdate]
    public void Shrink(int capacity)
    {
        _capacity = capacity;
        while (_local.Count > _capacity)
        {
            CrossTicket overflow = _local[^1];
            _local.RemoveAt(_local.Count - 1);
            GlobalQueue.Push(overflow); // expect: WEFT0006 #escape
        }
    }
}
