// Round 15, WEFT0004, a short request handler returning ValueTask<T>: a price lookup takes the worker's cache, awaits
// the upstream fetch with ConfigureAwait(false) (a habit from library code), then fills the worker's cache on the
// pool thread the continuation runs on.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.ValueTaskFetchHandler;

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

        var fetched = await feed.FetchAsync(symbol, ct).ConfigureAwait(false);
        if (fetched is { } price)
        {
            cache.BySymbol[symbol] = price; // expect: WEFT0004
        }

        return fetched;
    }
}
