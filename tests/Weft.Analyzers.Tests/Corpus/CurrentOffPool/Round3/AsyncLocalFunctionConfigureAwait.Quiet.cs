// Round 3. The local function reads Current before its ConfigureAwait(false) await.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.Round3.AsyncLocalFunctionConfigureAwait;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Warmup
{
    public static async Task<int> RunAsync()
    {
        async ValueTask<int> CountAsync()
        {
            await Task.Yield();
            var count = RouteTable.Current.Hosts.Length;
            await Task.Delay(5).ConfigureAwait(false);
            return count;
        }

        return await CountAsync();
    }
}
