// Round 3. `await foreach` with ConfigureAwait(false): the loop body runs wherever the source completed.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.Round3.AwaitForeachConfigureAwait;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Matcher
{
    public static async Task<int> MatchAsync(IAsyncEnumerable<string> names)
    {
        int hits = 0;
        await foreach (var name in names.ConfigureAwait(false))
        {
            if (RouteTable.Current.Hosts.Contains(name)) // expect: WEFT0005 "RouteTable"
            {
                hits++;
            }
        }

        return hits;
    }
}
