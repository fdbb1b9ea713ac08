// A rate limiter's per-route limits as a snapshot with a primary constructor whose parameter a member uses: an
// ImmutableArray, so the hidden field holds nothing anyone can change (quiet twin of RateLimitPrimaryCtor).
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R16.RateLimitPrimaryCtor;

[ThreadLocalSlot]
public sealed partial class RouteLimits(
    ImmutableArray<int> perSecond)
{
    public RouteLimits() : this(ImmutableArray<int>.Empty) { }

    public int LimitFor(int routeIndex) =>
        routeIndex >= 0 && routeIndex < perSecond.Length ? perSecond[routeIndex] : int.MaxValue;
}

public static class Limiter
{
    public static bool Admit(int routeIndex, int seenThisSecond) =>
        seenThisSecond < RouteLimits.Current.LimitFor(routeIndex);
}
