// Round 15, WEFT0004 quiet twin: the handler awaits the fetch plainly, so it resumes on its worker's loop before filling
// the worker's cache.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.ValueTaskFetchHandlerQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PriceCache
{
    public Dictionary<string, decimal> BySymbol { get; } = [];
}

public interface IPriceFeed
{
    ValueTask<decimal?> FetchAsync(string symbol, CancellationToken ct);
}

public sealed class PriceHandler(IPriceFeed feed)
{
    public async ValueTask<decimal?> GetAsync(string symbol, CancellationToken ct)
    {
        var cache = PriceCache.Current;
        if (cache.BySymbol.TryGetValue(symbol, out decimal known))
        {
            return known;
        }

        var fetched = await feed.FetchAsync(symbol, ct);
        if (fetched is { } price)
        {
            cache.BySymbol[symbol] = price;
        }

        return fetched;
    }
}
