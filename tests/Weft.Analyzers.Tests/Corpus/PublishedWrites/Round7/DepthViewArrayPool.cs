// Trading: the book's aggregated depth is built in a pooled array and published as a view; the array then goes back
// to the pool while workers still read it (the next renter writes it). Twin: the view gets its own exact-size copy
// and the rented array is returned.
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

        _slot.Publish(new DepthView(rented, n));
        Release(rented); // expect: WEFT0002 #escape
    }

    private static void Release(PriceLevel[] buffer) => ArrayPool<PriceLevel>.Shared.Return(buffer); // expect: WEFT0002 #escape

    public static long TotalQuantity(DepthView view)
    {
        long total = 0;
        for (int i = 0; i < view.Count; i++) total += view.Levels[i].Quantity;
        return total;
    }
}
