// Quiet twin of GlobalMatchQueueHelper: the global queue is a ConcurrentQueue, safe from every worker.
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.GlobalMatchQueueHelper;

public sealed record CrossTicket(string PlayerId, string Region, int Rating);

public static class GlobalQueue
{
    private static readonly ConcurrentQueue<CrossTicket> s_tickets = new();

    public static void Push(CrossTicket ticket) => s_tickets.Enqueue(ticket);

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
            GlobalQueue.Push(overflow);
        }
    }
}
