// Quiet twin of DepthViewArrayPool: the view holds an exact copy, so returning the rented array is safe.
using System;
using System.Buffers;
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.DepthViewArrayPool;

public readonly record struct PriceLevel(decimal Price, long Quantity);

public sealed class DepthView
{
    public DepthView(PriceLevel[] levels, int count)
    {
        Levels = levels;
        Count = count;
    }

    public PriceLevel[] Levels { get; }
    public int Count { get; }
}

public sealed class DepthPublisher
{
    private readonly Slot<DepthView> _slot;

    public DepthPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<DepthView>();

    public void PublishDepth(SortedDictionary<decimal, long> bids, int maxLevels)
    {
        PriceLevel[] rented = ArrayPool<PriceLevel>.Shared.Rent(maxLevels);
        int n = 0;
        foreach (var (price, quantity) in bids)
        {
            if (n == maxLevels) break;
            rented[n++] = new PriceLevel(price, quantity);
        }

        _slot.Publish(new DepthView(rented.AsSpan(0, n).ToArray(), n));
        Release(rented);
    }

    private static void Release(PriceLevel[] buffer) => ArrayPool<PriceLevel>.Shared.Return(buffer);

    public static long TotalQuantity(DepthView view)
    {
        long total = 0;
        for (int i = 0; i < view.Count; i++) total += view.Levels[i].Quantity;
        return total;
    }
}
