// Quiet twin of AsyncSelectConfigureAwait: the price list is read before the awaits (a snapshot may be read on any
// thread afterwards).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.AsyncSelectConfigureAwait;

[ThreadLocalSlot]
public sealed partial class PriceList
{
    public ImmutableDictionary<string, decimal> BySku { get; init; } = ImmutableDictionary<string, decimal>.Empty;
}

public sealed class Quote
{
    readonly HttpClient _http = new();

    public async Task<decimal[]> PriceAsync(IEnumerable<string> skus)
    {
        var prices = PriceList.Current;
        return await Task.WhenAll(skus.Select(async sku =>
        {
            var stock = await _http.GetStringAsync("https://stock.local/" + sku).ConfigureAwait(false);
            return stock == "0" ? 0m : prices.BySku.GetValueOrDefault(sku);
        }));
    }
}
