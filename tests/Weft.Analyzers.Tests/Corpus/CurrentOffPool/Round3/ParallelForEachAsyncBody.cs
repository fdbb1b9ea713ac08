// Round 3. Parallel.ForEachAsync runs its body on thread-pool threads: Current there is not the worker's.
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
    public static Task CheckAsync(IEnumerable<int> ids) =>
        Parallel.ForEachAsync(ids, async (id, token) =>
        {
            var hosts = RouteTable.Current.Hosts; // expect: WEFT0005 "RouteTable"
            await Task.Delay(hosts.Length + id, token);
        });
}
