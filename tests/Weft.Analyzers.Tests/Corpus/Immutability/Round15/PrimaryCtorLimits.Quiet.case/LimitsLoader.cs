using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.PrimaryCtorLimitsQuiet;

public sealed record LimitLine(string Route, int PerSecond);

public static class LimitsLoader
{
    public static Task ApplyAsync(WorkerPool pool, IEnumerable<LimitLine> lines, int fallback)
    {
        var perRoute = lines
            .Where(static l => l.PerSecond > 0)
            .ToImmutableDictionary(static l => l.Route, static l => l.PerSecond);
        return RouteLimits.PublishAsync(pool, new RouteLimits(perRoute, fallback));
    }
}
