// WEFT0005: each async lambda of a Select awaits with ConfigureAwait(false) and then reads Current; Task.WhenAll
// runs them all, and after their first await they are off the loop.
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

    public async Task<decimal[]> PriceAsync(IEnumerable<string> skus) =>
        await Task.WhenAll(skus.Select(async sku =>
        {
            var stock = await _http.GetStringAsync("https://stock.local/" + sku).ConfigureAwait(false);
            return stock == "0" ? 0m : PriceList.Current.BySku.GetValueOrDefault(sku); // expect: WEFT0005
        }));
}
