// Round 3. The snapshot is read on the worker before the parallel loop and captured: an immutable snapshot may be
// read on any thread.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.Round3.ParallelForEachAsyncBody;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Probe
{
    public static Task CheckAsync(IEnumerable<int> ids)
    {
        var hosts = RouteTable.Current.Hosts;
        return Parallel.ForEachAsync(ids, async (id, token) =>
        {
            await Task.Delay(hosts.Length + id, token);
        });
    }
}
