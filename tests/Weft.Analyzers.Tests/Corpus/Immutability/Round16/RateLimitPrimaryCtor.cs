// A rate limiter's per-route limits as a snapshot with a primary constructor: the parameter is used by a member
// (outside initializers), so every instance keeps it in a hidden field, checked like a field (an array: WEFT0001,
// reported on the parameter).
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R16.RateLimitPrimaryCtor;

[ThreadLocalSlot]
public sealed partial class RouteLimits(
    int[] perSecond) // expect: WEFT0001
{
    public RouteLimits() : this([]) { }

    public int LimitFor(int routeIndex) =>
        routeIndex >= 0 && routeIndex < perSecond.Length ? perSecond[routeIndex] : int.MaxValue;
}

public static class Limiter
{
    public static bool Admit(int routeIndex, int seenThisSecond) =>
        seenThisSecond < RouteLimits.Current.LimitFor(routeIndex);
}
