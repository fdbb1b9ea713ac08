// Round 15, WEFT0001 (.case): a snapshot slot class with a primary constructor whose parameter its methods use, so the
// compiler keeps it in a hidden field of every instance. The parameter is a Dictionary<string, int>, built in another
// file and read by every worker. The page says: reported on the parameter.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.PrimaryCtorLimits;

[ThreadLocalSlot]
public sealed partial class RouteLimits(
    Dictionary<string, int> perRoute, // expect: WEFT0001
    int fallback)
{
    public int For(string route) => perRoute.TryGetValue(route, out int limit) ? limit : fallback;

    public int Count => perRoute.Count;
}
