// Trading risk check on a worker: the exposure of the worker's own order book is computed with Parallel.ForEach over
// the book's levels through a method group. The pool threads enumerate the worker's SortedDictionary while the worker
// keeps matching. Twin: a plain loop on the worker (the book is small; no lock needed on its own thread).
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BookExposureParallel;

public sealed class Level
{
    public decimal Price { get; init; }
    public long Quantity { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class OrderBook
{
    public SortedDictionary<decimal, Level> Bids { get; } = new();
    public SortedDictionary<decimal, Level> Asks { get; } = new();
}

public sealed class RiskCheck
{
    private long _exposureCents;

    public decimal Exposure()
    {
        OrderBook book = OrderBook.Current;
        _exposureCents = 0;
        IEnumerable<Level> levels = book.Bids.Values;
        Parallel.ForEach(levels, AddLevel); // expect: WEFT0004
        return _exposureCents / 100m;
    }

    private void AddLevel(Level level) =>
        Interlocked.Add(ref _exposureCents, (long)(level.Price * level.Quantity * 100));
}

public static class ExposureLimits
{
    public const decimal Warn = 5_000_000m;

    public const decimal Stop = 10_000_000m;

    public static string Level(decimal exposure) => exposure >= Stop ? "stop" : exposure >= Warn ? "warn" : "ok";
}
