// An exchange gateway on main batches incoming orders and publishes each batch to the matching workers through a
// Slot<List<Order>>. A local function Flush publishes the current batch. A batch is flushed when it is full or when
// it has waited too long; the full path starts a new list after the flush, the timed path forgets to. On the next pass
// the Add writes the list the timed flush published (WEFT0002: order by flow, through a local function that publishes
// a captured local). The quiet twin starts a new list on both paths.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.R14.OrderBatcherDefect;

public enum Side
{
    Buy,
    Sell,
}

public sealed record Order(long Id, string Symbol, Side Side, decimal Price, int Quantity);

public sealed class OrderBatcher
{
    private const int MaxBatch = 64;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(5);
    private readonly Slot<List<Order>> _slot;
    private long _batches;
    private long _rejected;

    public OrderBatcher(Slot<List<Order>> slot) => _slot = slot;

    public long Batches => _batches;

    public async Task RunAsync(ChannelReader<Order> orders, CancellationToken ct)
    {
        var batch = new List<Order>(MaxBatch);
        var age = Stopwatch.StartNew();

        void Flush()
        {
            _slot.Publish(batch);
            _batches++;
            age.Restart();
        }

        await foreach (var order in orders.ReadAllAsync(ct))
        {
            if (order.Quantity <= 0 || order.Price <= 0)
            {
                _rejected++;
                continue;
            }

            batch.Add(order); // expect: WEFT0002
            if (batch.Count >= MaxBatch)
            {
                Flush();
                batch = new List<Order>(MaxBatch);
            }
            else if (age.Elapsed > MaxDelay)
            {
                Flush();
            }
        }

        if (batch.Count > 0)
        {
            Flush();
        }
    }

    public override string ToString() => $"{_batches} batches, {_rejected} rejected";
}
