// Round 3. A plain `await foreach` resumes on the worker after each element.
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
        await foreach (var name in names)
        {
            if (RouteTable.Current.Hosts.Contains(name))
            {
                hits++;
            }
        }

        return hits;
    }
}
