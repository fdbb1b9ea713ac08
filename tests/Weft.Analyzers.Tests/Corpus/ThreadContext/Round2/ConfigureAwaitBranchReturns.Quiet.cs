// Round 2. The cached branch awaits with ConfigureAwait(false) but returns at once; the Current read is only reached
// on the path that never left the worker.
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.BranchReturns;

[ThreadLocalSlot]
public sealed partial class Pricing
{
    public decimal Markup { get; init; }
}

public static class Quotes
{
    public static async Task<decimal> QuoteAsync(Task<decimal> cached, bool useCache, decimal basePrice)
    {
        decimal markup = Pricing.Current.Markup;
        if (useCache)
        {
            return await cached.ConfigureAwait(false) * markup;
        }

        return basePrice * Pricing.Current.Markup;
    }
}
