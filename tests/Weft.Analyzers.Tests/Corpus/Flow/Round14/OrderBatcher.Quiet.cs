// Quiet twin of OrderBatcher: both flush paths start a new list after the flush, so every Add writes a list that has
// not been published yet.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.R14.OrderBatcherQuiet;

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

            batch.Add(order);
            if (batch.Count >= MaxBatch)
            {
                Flush();
                batch = new List<Order>(MaxBatch);
            }
            else if (age.Elapsed > MaxDelay)
            {
                Flush();
                batch = new List<Order>(MaxBatch);
            }
        }

        if (batch.Count > 0)
        {
            Flush();
        }
    }

    public override string ToString() => $"{_batches} batches, {_rejected} rejected";
}
