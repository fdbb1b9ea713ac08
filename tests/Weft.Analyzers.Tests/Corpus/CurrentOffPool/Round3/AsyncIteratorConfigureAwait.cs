// Round 3. An async iterator (IAsyncEnumerable) awaits with ConfigureAwait(false) and then reads Current for each element it yields.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.Round3.AsyncIteratorConfigureAwait;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class HostStream
{
    public static async IAsyncEnumerable<string> ReadAsync()
    {
        for (int i = 0; ; i++)
        {
            await Task.Delay(100).ConfigureAwait(false);
            var hosts = RouteTable.Current.Hosts; // expect: WEFT0005 "RouteTable"
            if (i >= hosts.Length)
            {
                yield break;
            }

            yield return hosts[i];
        }
    }
}
