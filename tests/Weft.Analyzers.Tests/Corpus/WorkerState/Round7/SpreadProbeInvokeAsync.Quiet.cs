// Quiet twin of SpreadProbeInvokeAsync: only this worker's spread (a decimal) goes to the sibling.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SpreadProbeInvokeAsync;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SpreadBook
{
    public SortedDictionary<decimal, long> Bids { get; } = new();
    public SortedDictionary<decimal, long> Asks { get; } = new();

    public decimal Spread()
    {
        decimal bestBid = 0, bestAsk = 0;
        foreach (decimal p in Bids.Keys) bestBid = p;
        foreach (decimal p in Asks.Keys) { bestAsk = p; break; }
        return bestAsk - bestBid;
    }
}

public sealed class SpreadProbe
{
    public Task<decimal> CompareAsync(Dispatcher sibling)
    {
        decimal mine = SpreadBook.Current.Spread();
        return sibling.InvokeAsync(() => SpreadBook.Current.Spread() - mine);
    }
}

public static class SpreadMath
{
    public static decimal Mid(decimal bid, decimal ask) => (bid + ask) / 2;

    public static decimal Bps(decimal spread, decimal mid) => mid == 0 ? 0 : spread / mid * 10_000m;

    public static bool IsCrossed(decimal bid, decimal ask) => bid > 0 && ask > 0 && bid >= ask;
}
