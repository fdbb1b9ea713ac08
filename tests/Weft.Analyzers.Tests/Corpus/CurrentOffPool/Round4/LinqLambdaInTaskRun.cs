// WEFT0005: Current is read inside a LINQ lambda nested in a Task.Run body; the query runs (ToList) on the thread
// pool, where the slot has no value.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.LinqLambdaInTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableDictionary<int, string> Upstreams { get; init; } = ImmutableDictionary<int, string>.Empty;
}

public sealed class HealthReport
{
    public Task<List<string>> ResolveAsync(IReadOnlyList<int> routeIds) =>
        Task.Run(() => routeIds
            .Select(id => RouteTable.Current.Upstreams.GetValueOrDefault(id, "?")) // expect: WEFT0005
            .Distinct()
            .ToList());
}
