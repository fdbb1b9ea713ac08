// Quiet twin of LinqLambdaInTaskRun: the snapshot is read on the worker first; a snapshot may be read on any thread.
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
    public Task<List<string>> ResolveAsync(IReadOnlyList<int> routeIds)
    {
        var table = RouteTable.Current;
        return Task.Run(() => routeIds
            .Select(id => table.Upstreams.GetValueOrDefault(id, "?"))
            .Distinct()
            .ToList());
    }
}
