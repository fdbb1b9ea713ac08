// Round 15, WEFT0001 quiet twin (.case): the captured primary-constructor parameter is an ImmutableDictionary.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.PrimaryCtorLimitsQuiet;

[ThreadLocalSlot]
public sealed partial class RouteLimits(
    ImmutableDictionary<string, int> perRoute,
    int fallback)
{
    public int For(string route) => perRoute.TryGetValue(route, out int limit) ? limit : fallback;

    public int Count => perRoute.Count;
}
