// Round 3. An async local function awaits with ConfigureAwait(false) and then reads Current.
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
            await Task.Delay(5).ConfigureAwait(false);
            return RouteTable.Current.Hosts.Length; // expect: WEFT0005 "RouteTable"
        }

        return await CountAsync();
    }
}
