// Round 3. The async iterator reads the snapshot once before its first await and keeps the immutable value.
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
        var hosts = RouteTable.Current.Hosts;
        for (int i = 0; ; i++)
        {
            await Task.Delay(100).ConfigureAwait(false);
            if (i >= hosts.Length)
            {
                yield break;
            }

            yield return hosts[i];
        }
    }
}
