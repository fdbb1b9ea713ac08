// ref and out arguments into the worker's own locals, filled from the snapshot.
using Weft;

namespace Corpus.Views.RefArgument;

public sealed record Counters(int Hits, int Limit);

[ThreadLocalSlot]
public sealed partial class RateCard
{
    public Counters Counters { get; init; } = new(0, 0);
}

public static class RateLimiter
{
    private static void Bump(ref int value) => value++;

    public static int Hit(string limitText)
    {
        int hits = RateCard.Current.Counters.Hits;
        Bump(ref hits);
        if (!int.TryParse(limitText, out int limit))
        {
            limit = RateCard.Current.Counters.Limit;
        }

        return limit - hits;
    }
}
