// Snapshot data passed by ref and by out: the callee writes straight into the shared instance.
using Weft;

namespace Corpus.Views.RefArgument;

public sealed class Counters
{
    public int Hits;
    public int Limit;
}

[ThreadLocalSlot]
public sealed partial class RateCard
{
    public Counters Counters { get; init; } = new(); // expect: WEFT0001
}

public static class RateLimiter
{
    private static void Bump(ref int value) => value++;

    public static void Hit(string limitText)
    {
        var card = RateCard.Current;
        Bump(ref card.Counters.Hits); // expect: WEFT0003
        int.TryParse(limitText, out card.Counters.Limit); // expect: WEFT0003
    }
}
