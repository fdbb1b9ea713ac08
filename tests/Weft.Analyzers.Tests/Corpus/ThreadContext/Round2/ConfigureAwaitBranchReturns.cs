// Round 2. The cached branch awaits with ConfigureAwait(false) and falls through to the Current read below.
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
        if (useCache)
        {
            basePrice = await cached.ConfigureAwait(false);
        }

        return basePrice * Pricing.Current.Markup; // expect: WEFT0005
    }
}
