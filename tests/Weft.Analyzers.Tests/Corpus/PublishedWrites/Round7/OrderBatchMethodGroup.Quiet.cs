// Quiet twin of OrderBatchMethodGroup: the batch holds its own array, so late orders only reach main's list.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.OrderBatchMethodGroup;

public sealed record Order(long Id, string Symbol, decimal Price, long Quantity);

public sealed record OrderBatch(long Sequence, IReadOnlyList<Order> Orders);

public sealed class OrderBatcher
{
    private readonly Slot<OrderBatch> _slot;
    private long _sequence;

    public OrderBatcher(WorkerPool pool) => _slot = pool.AllocateSlot<OrderBatch>();

    public async Task FlushAsync(IEnumerable<Order> ready, Func<IReadOnlyList<Order>> drainLate)
    {
        var pending = new List<Order>();
        Action<Order> enqueue = pending.Add;
        foreach (Order order in ready) enqueue(order);

        var batch = new OrderBatch(++_sequence, pending.ToArray());
        await _slot.PublishAsync(batch);

        foreach (Order late in drainLate())
        {
            enqueue(late);
        }
    }
}

public static class OrderRules
{
    public static bool IsValid(Order o) => o.Quantity > 0 && o.Price > 0;

    public static decimal Notional(Order o) => o.Price * o.Quantity;
}
