// Trading: workers apply volatility bands from the published band table; an adjuster chosen by instrument class
// (an interface with two implementations) widens the band in place — the band object is the snapshot's. Twin: the
// adjusters return a new band.
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.PriceBandAdjusterInterface;

public sealed class PriceBand
{
    public required string Symbol { get; init; }
    public decimal Low { get; set; }
    public decimal High { get; set; }
}

[ThreadLocalSlot]
public sealed partial class BandTable
{
    public ImmutableDictionary<string, PriceBand> Bands { get; init; } = ImmutableDictionary<string, PriceBand>.Empty; // expect: WEFT0001
}

public interface IBandAdjuster
{
    void Widen(PriceBand band, decimal percent);
}

public sealed class EquityAdjuster : IBandAdjuster
{
    public void Widen(PriceBand band, decimal percent)
    {
        band.Low -= band.Low * percent / 100;
        band.High += band.High * percent / 100;
    }
}

public sealed class FuturesAdjuster : IBandAdjuster
{
    public void Widen(PriceBand band, decimal percent) => band.High += percent;
}

public sealed class BandCheck
{
    private readonly IBandAdjuster _adjuster;

    public BandCheck(bool futures) => _adjuster = futures ? new FuturesAdjuster() : new EquityAdjuster();

    public bool Accept(string symbol, decimal price, bool volatile_)
    {
        if (!BandTable.Current.Bands.TryGetValue(symbol, out PriceBand? band)) return false;
        if (volatile_) _adjuster.Widen(band, 5m); // expect: WEFT0003
        return price >= band.Low && price <= band.High;
    }
}
